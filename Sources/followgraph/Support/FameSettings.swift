import FollowAnalysis
import FollowModel
import FollowReports

/// What ``Scope`` adds to a network report: web-famous evidence and triage, and PageRank when
/// `damping` is set.
struct FameSettings {
  /// The thresholds.
  var criteria: WebFameCriteria
  /// Accounts web famous by declaration.
  var whitelist: WebFameWhitelist
  /// The PageRank damping factor, or `nil` to skip PageRank.
  var damping: Double?

  /// PageRank only, with default thresholds and no whitelist (`followgraph accounts`).
  static func pageRankOnly(damping: Double) -> FameSettings {
    FameSettings(criteria: WebFameCriteria(), whitelist: .empty, damping: damping)
  }

  /// Adds the evidence to `report`.
  func apply(to report: NetworkReport, graph: FollowGraph, accounts: [Account]) -> NetworkReport {
    report.addingFame(
      graph: graph, accounts: accounts, criteria: criteria, whitelist: whitelist, damping: damping)
  }
}
