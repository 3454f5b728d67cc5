import FollowAnalysis
import FollowModel
import FollowReports
import FollowUseCases
import Foundation

/// A small network with an owner, audience data and two snapshots, for renderer tests.
enum FameFixture {
  static func id(_ value: String) -> AccountID { AccountID(network: .x, value: value) }

  /// owner 1 follows 10 (celebrity), 11 (friend, follows back), 12 (ordinary, does not, posted
  /// recently), 13 (no audience data, does not, last posted in 2022: inactive); 11 and 14 follow
  /// 1; everyone follows 10.
  static func graph() -> FollowGraph {
    var builder = FollowTableBuilder(network: .x)
    for (from, to) in [
      ("1", "10"), ("1", "11"), ("1", "12"), ("1", "13"), ("11", "1"), ("14", "1"),
      ("11", "10"), ("12", "10"), ("13", "10"), ("14", "10"),
    ] {
      builder.add(follower: from, followed: to)
    }
    return FollowGraph(builder.build().table)
  }

  static let accounts = [
    Account(id: id("1"), handle: "me"),
    Account(
      id: id("10"), handle: "Celebrity", followersCount: 12_000_000, followingCount: 40,
      listedCount: 9000, isVerified: true),
    Account(id: id("11"), handle: "friend", followersCount: 300, followingCount: 280),
    Account(
      id: id("12"), handle: "neighbour", followersCount: 150, followingCount: 90,
      lastPostAt: day("2023-12-20")),
    Account(id: id("13"), lastPostAt: day("2022-05-01")),
    Account(id: id("20"), handle: "elsewhere", followersCount: 5, followingCount: 5),
  ]

  static let criteria = WebFameCriteria(minPercentile: 85, minRatio: 10)

  /// The network report with PageRank, web-famous evidence and triage.
  static func report() -> NetworkReport {
    let graph = graph()
    let report = NetworkAnalysis.report(
      graph: graph, directory: AccountDirectory(accounts), owners: [(accounts[0], true, true)])
    return NetworkAnalysis.addingFame(
      to: report, graph: graph, accounts: accounts,
      fame: FameSettings(criteria: criteria, whitelist: .empty, damping: 0.85),
      inactivity: InactivityRule(referenceDate: day("2024-01-01")))
  }

  static func day(_ text: String) -> Date { UTCTime.parse(text) ?? .distantPast }

  /// Three snapshots of owner 1: 14 started following, 13 was dropped, 11 became mutual, 16
  /// unfollowed and 15 is gone (its account deleted).
  static func changes() -> OwnerChanges {
    let snapshots = [
      OwnerSnapshot(
        importID: 1, observedAt: day("2021-03-01"), following: ["10", "11", "13"],
        followers: ["15", "16"]),
      OwnerSnapshot(
        importID: 2, observedAt: day("2023-06-15"), following: ["10", "11", "12"],
        followers: ["11", "14"], gone: [GoneAccount(id: "15", reason: .notFound)]),
      OwnerSnapshot(
        importID: 3, observedAt: day("2024-01-01"), following: ["10", "11", "12", "13"],
        followers: nil),
    ]
    return OwnerChanges(
      owner: accounts[0], snapshots: 3, periods: SnapshotChanges.periods(snapshots),
      directory: AccountDirectory(accounts))
  }
}
