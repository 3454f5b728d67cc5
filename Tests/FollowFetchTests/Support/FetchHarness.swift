import FollowFetch
import FollowModel
import FollowStore
import FollowTestSupport
import Foundation

/// Records the waits a fetch asks for instead of sleeping, so tests never race the clock.
final class RecordingSleeper: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [Duration] = []

  /// The waits asked for, in order.
  var waits: [Duration] {
    lock.lock()
    defer { lock.unlock() }
    return recorded
  }

  private func record(_ duration: Duration) {
    lock.withLock { recorded.append(duration) }
  }

  /// The sleeper to hand to ``LiveFetch``.
  var sleeper: FetchSleeper {
    { [self] duration in record(duration) }
  }
}

/// Collects a fetch's events.
final class EventLog: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [FetchEvent] = []

  var events: [FetchEvent] {
    lock.lock()
    defer { lock.unlock() }
    return recorded
  }

  var handler: FetchEventHandler {
    { [self] event in
      lock.lock()
      recorded.append(event)
      lock.unlock()
    }
  }
}

/// A fetch against a loopback server into an in-memory store.
struct FetchHarness {
  let store: FollowDatabase
  let sleeper = RecordingSleeper()
  let log = EventLog()
  /// The fixed "now" of the fetches.
  static let now = Date(timeIntervalSince1970: 1_780_000_000)

  init(store: FollowDatabase? = nil) throws {
    self.store = try store ?? TestStore.inMemory()
  }

  /// Runs a fetch of `account` on `network` against `server`.
  func fetch(
    _ network: Network, _ account: String, server: String,
    configure: (inout FetchOptions) -> Void = { _ in }
  ) async throws -> FetchResult {
    var options = FetchOptions(network: network, account: account)
    options.server = server
    options.observedAt = Self.now
    // Generous: the whole suite runs tests in parallel on a loaded machine, and a timeout is
    // a retry that changes the request counts the tests check.
    options.policy.requestTimeout = .seconds(30)
    options.policy.baseBackoff = .milliseconds(10)
    configure(&options)
    let useCase = LiveFetch(
      store: store, logger: TestStore.logger, clock: { Self.now }, sleeper: sleeper.sleeper)
    return try await useCase.run(options, events: log.handler)
  }

  /// The owner's newest snapshot.
  func snapshot(_ network: Network, _ owner: String) throws -> OwnerSnapshot? {
    try store.snapshots(owner: AccountID(network: network, value: owner)).last
  }
}
