import Foundation

/// Why a fetch, or one request of it, could not go on.
///
/// Errors that end only one list (a repeated cursor, a body over the cap, JSON that is not
/// what the API documents) become counted ``FetchWarning``s instead; these end the request.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `ACCOUNT` is not a Mastodon address or a Bluesky handle or DID.
  case invalidAccount(String, network: String)
  /// `--server` is not an absolute `https://` URL (or `http://` to a loopback address).
  case invalidServer(String, reason: String)
  /// `--network` names a network that has no live API here.
  case unsupportedNetwork(String)
  /// `--max-requests` was reached; the progress so far is kept for the next run.
  case requestCapReached(Int)
  /// The server answered with an error status that retrying does not fix.
  case httpStatus(Int, url: String)
  /// The account or list does not exist (404, 410, Bluesky `Profile not found`).
  case notFound(url: String)
  /// The body was larger than the cap.
  case bodyTooLarge(url: String, limit: Int)
  /// The body is not JSON of the documented schema.
  case badJSON(url: String, reason: String)
  /// Every attempt failed (timeouts, dropped connections, 5xx).
  case gaveUp(url: String, attempts: Int, reason: String)
  /// A URL to request is not on `--server` (a `Link` elsewhere) or not https to a remote host.
  case refusedURL(String, reason: String)

  public var description: String {
    switch self {
    case .invalidAccount(let text, let network):
      return "'\(text)' is not a \(network) account (Mastodon user@host; Bluesky handle or DID)"
    case .invalidServer(let text, let reason): return "--server '\(text)': \(reason)"
    case .unsupportedNetwork(let name):
      return "--network '\(name)' has no live API here; use mastodon or bluesky"
    case .requestCapReached(let cap):
      return "stopped after --max-requests \(cap); run the same command again to continue"
    case .httpStatus(let status, let url): return "\(url): HTTP \(status)"
    case .notFound(let url): return "\(url): not found (deleted, suspended or never existed)"
    case .bodyTooLarge(let url, let limit): return "\(url): body larger than \(limit) bytes"
    case .badJSON(let url, let reason): return "\(url): not the documented JSON (\(reason))"
    case .gaveUp(let url, let attempts, let reason):
      return "\(url): gave up after \(attempts) attempts (\(reason))"
    case .refusedURL(let url, let reason): return "\(url): refused (\(reason))"
    }
  }
}

/// A problem that ended one list early or skipped one record, with the URL it concerns.
public struct FetchWarning: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The URL of the page concerned.
  public var url: String
  /// What was wrong and what was done about it.
  public var message: String

  /// Creates a warning.
  ///
  /// - Parameters:
  ///   - url: The URL of the page concerned.
  ///   - message: What was wrong and what was done.
  public init(url: String, message: String) {
    self.url = url
    self.message = message
  }

  public var description: String { "\(url): \(message)" }
}
