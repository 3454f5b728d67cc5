import Foundation

/// What a fetch did: requests, retries, waits for rate limits, and the warnings that ended
/// lists early.
public struct FetchStatistics: Equatable, Sendable, Codable {
  /// HTTP requests made (every attempt counts).
  public var requests = 0
  /// Attempts repeated after a timeout, a dropped connection or a 5xx.
  public var retries = 0
  /// Waits for a rate limit (429, or a window used up).
  public var rateLimitWaits = 0
  /// Seconds spent waiting for rate limits.
  public var rateLimitSeconds = 0.0
  /// Seconds spent in backoff before retries.
  public var backoffSeconds = 0.0

  /// Creates empty statistics.
  public init() {}
}

/// Something a fetch reports while it runs, for a progress bar or stderr.
public enum FetchEvent: Sendable, Equatable {
  /// A page of a list arrived: the list's name, pages and items so far.
  case page(list: String, pages: Int, items: Int)
  /// Waiting for a rate limit to reset before requesting `url` again.
  case rateLimitWait(seconds: Double, url: String)
  /// Retrying `url` after `reason`, attempt `attempt`.
  case retry(url: String, attempt: Int, reason: String)
  /// A list ended early (the warning says why).
  case warning(FetchWarning)
}

/// Receives ``FetchEvent``s; called from any task.
public typealias FetchEventHandler = @Sendable (FetchEvent) -> Void

/// The running totals of a fetch, shared by its concurrent requests.
actor FetchCounters {
  private(set) var statistics = FetchStatistics()

  func countRequest() { statistics.requests += 1 }
  func countRetry(_ wait: Duration) {
    statistics.retries += 1
    statistics.backoffSeconds += wait.seconds
  }
  func countRateLimitWait(_ wait: Duration) {
    statistics.rateLimitWaits += 1
    statistics.rateLimitSeconds += wait.seconds
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }
}
