import FollowAnalysis
import FollowModel
import FollowReports

/// Computes what the reciprocity outputs show for one network: per-account and graph-wide
/// reciprocity, each owner's lists, and optionally PageRank, web-famous evidence and triage.
///
/// The one place these analyses run for the commands and the report; `FollowReports` only
/// renders the ``NetworkReport`` they produce.
public enum NetworkAnalysis {
  /// Computes the report for a graph.
  ///
  /// - Parameters:
  ///   - graph: The network's follow graph.
  ///   - directory: Names and handles.
  ///   - owners: Each owner with whether its lists are known.
  /// - Returns: The report.
  /// - Complexity: O(*n* + *m*).
  public static func report(
    graph: FollowGraph, directory: AccountDirectory,
    owners: [(account: Account, followingKnown: Bool, followersKnown: Bool)]
  ) -> NetworkReport {
    let perAccount = graph.accountReciprocity()
    var position: [String: Int] = [:]
    if !owners.isEmpty {
      for (index, id) in graph.accountIDs.enumerated() { position[id] = index }
    }
    let ownerReports = owners.map { owner in
      ownerReport(
        owner.account,
        etiquette: graph.etiquette(
          of: position[owner.account.id.value], followingKnown: owner.followingKnown,
          followersKnown: owner.followersKnown),
        graph: graph, directory: directory)
    }.sorted { NativeIDOrder.areInIncreasingOrder($0.owner.id.value, $1.owner.id.value) }
    return NetworkReport(
      network: graph.network, graph: graph.reciprocity(perAccount: perAccount),
      perAccount: perAccount, accountIDs: graph.accountIDs, directory: directory,
      owners: ownerReports)
  }

  /// The report with its degree distributions (complementary CDFs of follower and following
  /// counts) added, for the report's charts and `degree_ccdf`.
  ///
  /// - Parameter report: The network's report.
  /// - Returns: The report with `degreeCCDF` set.
  /// - Complexity: O(*n* log *n*).
  public static func addingDegreeDistributions(to report: NetworkReport) -> NetworkReport {
    var report = report
    report.degreeCCDF = DegreeCCDF(
      followers: DegreeDistribution.ccdf(report.perAccount.map(\.followers)),
      following: DegreeDistribution.ccdf(report.perAccount.map(\.following)))
    return report
  }

  /// One owner's report: its figures and the accounts behind each list.
  ///
  /// - Parameters:
  ///   - owner: The owner's record.
  ///   - etiquette: The owner's figures, computed on `graph`.
  ///   - graph: The graph the figures were computed on.
  ///   - directory: Names and handles of the network's accounts.
  /// - Returns: The report, without triage.
  public static func ownerReport(
    _ owner: Account, etiquette: OwnerEtiquette, graph: FollowGraph, directory: AccountDirectory
  ) -> OwnerReport {
    func accounts(_ indexes: [Int]) -> [Account] {
      indexes.map { index in
        let id = graph.accountIDs[index]
        return directory[id] ?? Account(id: AccountID(network: graph.network, value: id))
      }.sorted { NativeIDOrder.areInIncreasingOrder($0.id.value, $1.id.value) }
    }
    return OwnerReport(
      owner: owner, etiquette: etiquette, notFollowingBack: accounts(etiquette.notFollowingBack),
      fans: accounts(etiquette.fans), mutuals: accounts(etiquette.mutuals))
  }

  /// The report with PageRank, web-famous evidence and each owner's follow-back triage added.
  ///
  /// - Parameters:
  ///   - report: The network's report, computed on `graph`.
  ///   - graph: The graph the report was computed on.
  ///   - accounts: The network's stored accounts (names and audience counts).
  ///   - fame: The thresholds, whitelist and PageRank damping.
  ///   - inactivity: When an account counts as inactive (its reference date already chosen:
  ///     `--as-of`, else the newest snapshot time of the network's owners).
  /// - Returns: The enriched report.
  /// - Complexity: O(*k* · (*n* + *m*) + *n* log *n*) with PageRank, O(*n* log *n* + *m*)
  ///   without.
  public static func addingFame(
    to report: NetworkReport, graph: FollowGraph, accounts: [Account], fame: FameSettings,
    inactivity: InactivityRule = InactivityRule(referenceDate: nil)
  ) -> NetworkReport {
    var report = report
    report.pageRank = fame.damping.map { graph.pageRank(damping: $0) }
    let evidence = WebFameReport(
      graph: graph, accounts: accounts, pageRank: report.pageRank, criteria: fame.criteria,
      whitelist: fame.whitelist, inactivity: inactivity)
    report.fame = evidence
    report.owners = report.owners.map { addingTriage(to: $0, graph: graph, fame: evidence) }
    return report
  }

  /// The owner report with its non-reciprocators triaged, and the kept ones (the keep-list)
  /// moved from ``OwnerReport/notFollowingBack`` to ``OwnerReport/kept``.
  ///
  /// - Parameters:
  ///   - owner: The owner's report, computed on `graph`.
  ///   - graph: The graph the etiquette was computed on.
  ///   - fame: The network's audience evidence.
  /// - Returns: The report with `triage` set.
  public static func addingTriage(
    to owner: OwnerReport, graph: FollowGraph, fame: WebFameReport
  ) -> OwnerReport {
    var report = owner
    let triage = FollowBackTriage(etiquette: owner.etiquette, graph: graph, fame: fame)
    report.triage = triage
    let kept = Set(triage.kept.map(\.id))
    guard !kept.isEmpty else { return report }
    report.kept = owner.notFollowingBack.filter { kept.contains($0.id.value) }
    report.notFollowingBack = owner.notFollowingBack.filter { !kept.contains($0.id.value) }
    return report
  }
}
