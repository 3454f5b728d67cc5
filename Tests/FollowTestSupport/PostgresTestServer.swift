import FollowModel
import FollowPostgres
import Foundation
import Testing

/// The PostgreSQL server the tests use: `FOLLOWGRAPH_TEST_POSTGRES_URL`, which
/// `Scripts/postgres-cluster.sh start` exports (and `.ci/run` always sets).
///
/// Without it the tests are skipped with a message saying how to start one, except under CI
/// (`CI` set), where they run and fail: CI never skips them.
public enum PostgresTestServer {
  /// The server's URL (a database that exists, usually `postgres`).
  public static let url = ProcessInfo.processInfo.environment["FOLLOWGRAPH_TEST_POSTGRES_URL"]

  /// Whether the tests must run even without a server (CI).
  public static let isRequired = ProcessInfo.processInfo.environment["CI"] != nil

  /// Whether the PostgreSQL tests run.
  public static var isEnabled: Bool { url != nil || isRequired }

  /// Why they are skipped.
  public static let skipReason = Comment(
    rawValue: "no PostgreSQL server: set FOLLOWGRAPH_TEST_POSTGRES_URL, for example with "
      + "eval \"$(bash Scripts/postgres-cluster.sh start)\"")

  /// The server's address.
  public static func address() throws -> PostgresAddress {
    guard let url else {
      throw TestServerMissing()
    }
    return try PostgresAddress(parsing: url)
  }

  /// A new, empty database on the server.
  ///
  /// Names are unique per process and call; nothing drops them, the cluster is thrown away.
  public static func freshDatabase() throws -> PostgresAddress {
    var address = try address()
    let name = "followgraph_test_\(getpid())_\(counter.next())"
    try PostgresStore.administer(["CREATE DATABASE \(name)"], at: address, logger: TestStore.logger)
    address.database = name
    return address
  }

  /// A store on a new, empty database, with the tests' logger and clock.
  public static func freshStore() throws -> PostgresStore {
    try PostgresStore.open(try freshDatabase(), logger: TestStore.logger, clock: { TestStore.now })
  }

  private static let counter = Counter()
}

/// Raised when CI runs the PostgreSQL tests without a server.
public struct TestServerMissing: Error, CustomStringConvertible {
  public var description: String {
    "FOLLOWGRAPH_TEST_POSTGRES_URL is not set, and CI must run the PostgreSQL tests "
      + "(.ci/run starts a throwaway cluster with Scripts/postgres-cluster.sh)"
  }
}

/// A thread-safe counter.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func next() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
