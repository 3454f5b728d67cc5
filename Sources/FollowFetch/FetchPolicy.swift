import Foundation

/// Waits for a duration; the fetch's only way to pass time, so tests inject one that
/// records the waits instead of sleeping.
public typealias FetchSleeper = @Sendable (Duration) async throws -> Void

/// How politely and how far a fetch goes: identification, caps, retries and waits.
public struct FetchPolicy: Sendable {
  /// The `User-Agent` sent with every request.
  public var userAgent = "followgraph/0.1 (follow-graph analytics; followgraph fetch)"
  /// Requests allowed in one run (`--max-requests`), or `nil` for no cap.
  public var maxRequests: Int?
  /// Requests in flight at once.
  public var maxInFlight = 4
  /// Attempts of one request before giving up on timeouts, dropped connections and 5xx.
  public var maxAttempts = 5
  /// Waits for a rate limit allowed for one request before giving up.
  public var maxRateLimitWaits = 10
  /// The first backoff; doubled on each retry up to ``maxBackoff``.
  public var baseBackoff: Duration = .milliseconds(500)
  /// The longest backoff between two attempts.
  public var maxBackoff: Duration = .seconds(30)
  /// The longest single wait for a rate limit to reset.
  public var maxRateLimitWait: Duration = .seconds(900)
  /// How long one request may take, connection to last byte.
  public var requestTimeout: Duration = .seconds(30)
  /// The largest body read (larger bodies end their list with a warning).
  public var maxBodyBytes = 8 << 20
  /// The most pages read of one list (a page that never ends stops here with a warning).
  public var maxPagesPerList = 20_000
  /// The most pages of the owner's posts read with `--posts`.
  public var maxPostPages = 100

  /// The default policy.
  public init() {}

  /// The backoff before attempt `attempt + 1` (1-based): base × 2^(attempt-1), capped.
  ///
  /// - Parameter attempt: The attempt that failed.
  /// - Returns: The wait.
  public func backoff(after attempt: Int) -> Duration {
    var wait = baseBackoff
    for _ in 1..<max(1, attempt) {
      wait = wait * 2
      if wait >= maxBackoff { return maxBackoff }
    }
    return min(wait, maxBackoff)
  }
}
