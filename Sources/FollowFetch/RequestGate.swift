/// Counts the requests of a run and bounds how many are in flight at once.
///
/// `acquire()` refuses once `--max-requests` is reached; callers beyond the in-flight bound
/// wait in order until a slot is released.
actor RequestGate {
  private let maxInFlight: Int
  private let maxRequests: Int?
  private var inFlight = 0
  private var waiters: [CheckedContinuation<Void, Never>] = []
  /// Requests started so far (each attempt counts).
  private(set) var started = 0

  /// Creates a gate.
  ///
  /// - Parameters:
  ///   - maxInFlight: Requests allowed at once (at least 1).
  ///   - maxRequests: Requests allowed in all, or `nil`.
  init(maxInFlight: Int, maxRequests: Int?) {
    self.maxInFlight = max(1, maxInFlight)
    self.maxRequests = maxRequests
  }

  /// Takes a slot for one request, waiting while all are busy.
  ///
  /// - Throws: ``FetchError/requestCapReached(_:)`` once the cap is used up.
  func acquire() async throws {
    if let maxRequests, started >= maxRequests {
      throw FetchError.requestCapReached(maxRequests)
    }
    started += 1
    if inFlight < maxInFlight {
      inFlight += 1
      return
    }
    await withCheckedContinuation { waiters.append($0) }
  }

  /// Gives the slot back, to the longest waiter first.
  func release() {
    if waiters.isEmpty {
      inFlight -= 1
    } else {
      waiters.removeFirst().resume()
    }
  }
}
