import Foundation

/// Errors raised by ``FollowDatabase``, with messages a user can act on.
public enum StoreError: Error, Equatable, LocalizedError {
  /// The database file does not exist and the command only reads.
  case databaseNotFound(path: String)
  /// The database could not be opened or written (permissions, full disk, not SQLite).
  case cannotOpen(path: String, reason: String)
  /// A write failed; the transaction was rolled back.
  case writeFailed(reason: String)
  /// No account matches a selector.
  case accountNotFound(selector: String)
  /// Several accounts match a selector.
  case ambiguousAccount(selector: String, candidates: [String])
  /// The database holds several networks and the command needs one.
  case networkRequired(available: [String])
  /// The database holds no follows for the network asked for.
  case noData(network: String)

  public var errorDescription: String? {
    switch self {
    case .databaseNotFound(let path):
      "database '\(path)' does not exist; create it with 'followgraph import --db \(path) PATH'"
    case .cannotOpen(let path, let reason):
      "cannot open database '\(path)': \(reason)"
    case .writeFailed(let reason):
      "database write failed, nothing was changed: \(reason)"
    case .accountNotFound(let selector):
      "no account matches '\(selector)'"
    case .ambiguousAccount(let selector, let candidates):
      "'\(selector)' matches several accounts (\(candidates.joined(separator: ", "))); "
        + "name one as network:id"
    case .networkRequired(let available):
      "the database holds several networks (\(available.joined(separator: ", "))); "
        + "choose one with --network"
    case .noData(let network):
      "the database holds no follows for network '\(network)'"
    }
  }
}
