import FollowModel
import Foundation

/// The rate-limit facts of one response: `Retry-After`, Bluesky `RateLimit-*` (reset in Unix
/// seconds) and Mastodon `X-RateLimit-*` (reset as an ISO time).
public struct RateLimitHeaders: Equatable, Sendable {
  /// Requests allowed in the window.
  public var limit: Int?
  /// Requests left in the window.
  public var remaining: Int?
  /// When the window resets.
  public var reset: Date?
  /// `Retry-After`, as a time.
  public var retryAfter: Date?

  /// Reads the headers of a response (names compared case-insensitively).
  ///
  /// - Parameters:
  ///   - headers: Lower-cased header names and their values.
  ///   - now: The time the response arrived, for `Retry-After` in seconds.
  public init(headers: [String: String], now: Date) {
    func value(_ name: String) -> String? {
      (headers[name] ?? headers["x-" + name]).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
    }
    limit = value("ratelimit-limit").flatMap { Int($0) }
    remaining = value("ratelimit-remaining").flatMap { Int($0) }
    reset = value("ratelimit-reset").flatMap(Self.time)
    if let text = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) {
      if let seconds = Int(text) {
        retryAfter = now.addingTimeInterval(TimeInterval(max(0, seconds)))
      } else {
        retryAfter = Self.httpDate(text)
      }
    }
  }

  /// How long to wait before the next request after a 429, or `nil` when no header says.
  ///
  /// - Parameter now: The current time.
  /// - Returns: The wait, at least zero.
  public func waitAfterTooManyRequests(now: Date) -> Duration? {
    guard let until = retryAfter ?? reset else { return nil }
    return .milliseconds(Int64(max(0, until.timeIntervalSince(now)) * 1000))
  }

  /// How long to wait before the next request after a success that used up the window.
  ///
  /// - Parameter now: The current time.
  /// - Returns: The wait when nothing remains and the reset is ahead; else `nil`.
  public func waitWhenExhausted(now: Date) -> Duration? {
    guard remaining == 0, let reset, reset > now else { return nil }
    return .milliseconds(Int64(reset.timeIntervalSince(now) * 1000))
  }

  /// A reset time: Unix seconds (Bluesky) or an ISO 8601 time (Mastodon).
  static func time(_ text: String) -> Date? {
    if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
    return UTCTime.parse(text)
  }

  /// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
  static func httpDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text)
  }
}

/// The `Link` header of a Mastodon list page.
public enum LinkHeader {
  /// The absolute URL marked `rel="next"`, if any.
  ///
  /// - Parameter value: The header's value.
  /// - Returns: The next page's URL.
  public static func next(in value: String?) -> String? {
    guard let value else { return nil }
    for part in value.split(separator: ",") {
      let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let first = pieces.first, first.hasPrefix("<"), first.hasSuffix(">") else {
        continue
      }
      let isNext = pieces.dropFirst().contains {
        $0.replacingOccurrences(of: " ", with: "") == "rel=\"next\"" || $0 == "rel=next"
      }
      if isNext { return String(first.dropFirst().dropLast()) }
    }
    return nil
  }
}
