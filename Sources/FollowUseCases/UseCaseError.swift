import Foundation

/// Errors of the use cases themselves (which network, which owner), with one-line messages;
/// the store and the parsers report their own.
public enum UseCaseError: Error, Equatable, LocalizedError {
  /// No import names its owner, so there is no history to compare.
  case noExportOwner
  /// Several export owners and no account selected.
  case ownerRequired(candidates: [String])
  /// The selected account owns no imported export.
  case notAnExportOwner(String)
  /// The store holds several networks and none was chosen.
  case networkRequired(available: [String])
  /// `likely` without `--pairs` needs one export owner or `--account`.
  case predictionNeedsAnOwner
  /// A line of a `likely --pairs` file that cannot be used.
  case pairs(path: String, line: Int, reason: String)
  /// `--in-database` asked of a store that cannot analyse in the database (SQLite).
  case inDatabaseUnsupported

  public var errorDescription: String? {
    switch self {
    case .noExportOwner:
      "no imported export names its owner; changes need exports of one account (e.g. X archives)"
    case .ownerRequired(let candidates):
      "several export owners (\(candidates.joined(separator: ", "))); choose one with --account"
    case .notAnExportOwner(let id):
      "\(id) owns no imported export, so it has no snapshots to compare"
    case .networkRequired(let available):
      "the database holds several networks (\(available.joined(separator: ", "))); "
        + "choose one with --network"
    case .predictionNeedsAnOwner:
      "no single export owner in this network; choose the account with --account or use --pairs"
    case .pairs(let path, let line, let reason):
      "\(path):\(line): \(reason)"
    case .inDatabaseUnsupported:
      "--in-database needs a PostgreSQL database (--db postgresql://…); SQLite is analysed in memory"
    }
  }
}
