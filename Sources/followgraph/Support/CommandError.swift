import Foundation

/// Errors of the commands themselves (not of the store or the import), with one-line
/// messages.
enum CommandError: Error, Equatable, LocalizedError {
  /// No import names its owner, so there is no history to compare.
  case noExportOwner
  /// Several export owners and no `--account`.
  case ownerRequired(candidates: [String])
  /// The selected account owns no imported export.
  case notAnExportOwner(String)

  var errorDescription: String? {
    switch self {
    case .noExportOwner:
      "no imported export names its owner; changes need exports of one account (e.g. X archives)"
    case .ownerRequired(let candidates):
      "several export owners (\(candidates.joined(separator: ", "))); choose one with --account"
    case .notAnExportOwner(let id):
      "\(id) owns no imported export, so it has no snapshots to compare"
    }
  }
}
