import FollowAnalysis
import FollowModel

extension NetworkReport {
  /// The report with PageRank, web-famous evidence and each owner's follow-back triage added.
  ///
  /// - Parameters:
  ///   - graph: The graph the report was computed on.
  ///   - accounts: The network's stored accounts (names and audience counts).
  ///   - criteria: The web-famous thresholds.
  ///   - whitelist: Accounts web famous by declaration.
  ///   - damping: The PageRank damping factor, or `nil` to skip PageRank.
  /// - Returns: The enriched report.
  /// - Complexity: O(*k* · (*n* + *m*) + *n* log *n*) with PageRank, O(*n* log *n* + *m*)
  ///   without.
  public func addingFame(
    graph: FollowGraph, accounts: [Account], criteria: WebFameCriteria,
    whitelist: WebFameWhitelist, damping: Double?
  ) -> NetworkReport {
    var report = self
    report.pageRank = damping.map { graph.pageRank(damping: $0) }
    let fame = WebFameReport(
      graph: graph, accounts: accounts, pageRank: report.pageRank, criteria: criteria,
      whitelist: whitelist)
    report.fame = fame
    report.owners = owners.map { $0.addingTriage(graph: graph, fame: fame) }
    return report
  }
}

extension OwnerReport {
  /// The owner report with its non-reciprocators triaged.
  ///
  /// - Parameters:
  ///   - graph: The graph the etiquette was computed on.
  ///   - fame: The network's audience evidence.
  /// - Returns: The report with ``triage`` set.
  public func addingTriage(graph: FollowGraph, fame: WebFameReport) -> OwnerReport {
    var report = self
    report.triage = FollowBackTriage(etiquette: etiquette, graph: graph, fame: fame)
    return report
  }
}
