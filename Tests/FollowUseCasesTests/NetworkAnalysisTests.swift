import FollowAnalysis
import FollowModel
import FollowReports
import FollowUseCases
import Testing

/// The network's report: reciprocity, each owner's lists, then fame and triage added.
struct NetworkAnalysisTests {
  /// Owner 1 follows 2 (mutual), 3 and 10; 4 follows 1; everyone follows 10.
  static func graph() -> FollowGraph {
    var builder = FollowTableBuilder(network: .x)
    for (a, b) in [
      ("1", "2"), ("2", "1"), ("1", "3"), ("1", "10"), ("4", "1"), ("2", "10"), ("3", "10"),
      ("4", "10"),
    ] {
      builder.add(follower: a, followed: b)
    }
    return FollowGraph(builder.build().table)
  }

  static let owner = Account(id: AccountID(network: .x, value: "1"), handle: "me")

  @Test("The owner's lists hold the accounts behind its figures, sorted by id")
  func ownerLists() throws {
    let report = NetworkAnalysis.report(
      graph: Self.graph(), directory: AccountDirectory([Self.owner]),
      owners: [(Self.owner, true, true)])
    let owner = try #require(report.owners.first)
    #expect(owner.mutuals.map(\.id.value) == ["2"])
    #expect(owner.notFollowingBack.map(\.id.value) == ["3", "10"])
    #expect(owner.fans.map(\.id.value) == ["4"])
    #expect(owner.triage == nil)
    #expect(report.fame == nil && report.pageRank == nil)
  }

  @Test("Adding fame computes PageRank, the evidence, and triages every owner")
  func addingFame() throws {
    let graph = Self.graph()
    let accounts = [
      Self.owner,
      Account(
        id: AccountID(network: .x, value: "10"), followersCount: 5_000_000, followingCount: 3),
      Account(id: AccountID(network: .x, value: "3"), followersCount: 40, followingCount: 50),
    ]
    let report = NetworkAnalysis.addingFame(
      to: NetworkAnalysis.report(
        graph: graph, directory: AccountDirectory(accounts), owners: [(Self.owner, true, true)]),
      graph: graph, accounts: accounts,
      fame: FameSettings(
        criteria: WebFameCriteria(minPercentile: 80, minRatio: 10), whitelist: .empty,
        damping: 0.85))
    #expect(report.pageRank?.damping == 0.85)
    #expect(report.fame?.webFamous.map(\.id) == ["10"])
    let triage = try #require(report.owners.first?.triage)
    #expect(triage.entries(.webFamous).map(\.id) == ["10"])
    #expect(triage.entries(.ordinary).map(\.id) == ["3"])
    // 1 of the 2 followings that are not web famous follows back.
    #expect(triage.followBackRateExcludingWebFamous == 0.5)
  }
}
