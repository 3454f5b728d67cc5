import Foundation

/// What can go wrong with the PostgreSQL store, in words a user can act on.
public enum PostgresStoreError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// The `--db` URL cannot be used.
  case badAddress(String, reason: String)
  /// The server cannot be reached or refused the login.
  case cannotConnect(String, reason: String)
  /// A read failed.
  case readFailed(reason: String)
  /// A write failed; the transaction was rolled back.
  case writeFailed(reason: String)
  /// No account matches the selector.
  case accountNotFound(selector: String)
  /// Several accounts match the selector.
  case ambiguousAccount(selector: String, candidates: [String])
  /// The database holds a newer schema than this program knows.
  case newerSchema(String)

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .badAddress(let url, let reason): "'\(url)' is not a usable PostgreSQL URL: \(reason)"
    case .cannotConnect(let url, let reason): "cannot connect to \(url): \(reason)"
    case .readFailed(let reason): "reading the PostgreSQL database failed: \(reason)"
    case .writeFailed(let reason):
      "writing to the PostgreSQL database failed, nothing was saved: \(reason)"
    case .accountNotFound(let selector): "no account matches '\(selector)'"
    case .ambiguousAccount(let selector, let candidates):
      "'\(selector)' matches several accounts (\(candidates.joined(separator: ", "))); "
        + "name one as network:id"
    case .newerSchema(let name):
      "the database has schema migration '\(name)', which this version of followgraph does not know"
    }
  }

  /// The same message, for `localizedDescription`.
  public var errorDescription: String? { description }
}
