import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// One call per command: accounts, famous, summary and the report's input.
struct FollowQueriesTests {
  /// The owner follows a celebrity (3 million followers, follows 10), a friend who follows
  /// back, and an ordinary account that does not.
  static func store() throws -> some FollowStoring {
    let accounts = [
      Account(
        id: AccountID(network: .x, value: "10"), handle: "star", followersCount: 3_000_000,
        followingCount: 10),
      Account(
        id: AccountID(network: .x, value: "11"), handle: "friend", followersCount: 200,
        followingCount: 150),
      Account(
        id: AccountID(network: .x, value: "12"), handle: "plain", followersCount: 90,
        followingCount: 80),
    ]
    return try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["10", "11", "12"], followers: ["11"], accounts: accounts)
    ])
  }

  @Test("accounts: every account's row, with PageRank")
  func accountsHavePageRank() throws {
    let report = try FollowQueries(store: try Self.store()).accounts(network: nil, damping: 0.85)
    #expect(report.network == .x)
    #expect(report.accountIDs.count == 4)
    #expect(report.pageRank?.damping == 0.85)
    #expect(report.fame != nil)
  }

  @Test("famous: the celebrity is web famous; reciprocity triages it as expected")
  func famousAndTriage() throws {
    let queries = FollowQueries(store: try Self.store())
    let fame = FameSettings(
      criteria: WebFameCriteria(minPercentile: 70, minRatio: 10), whitelist: .empty, damping: nil)
    let evidence = try #require(try queries.famous(network: nil, fame: fame))
    #expect(evidence.webFamous.map(\.id) == ["10"])
    let scope = try queries.reciprocity(network: nil, account: nil, fame: fame)
    let triage = try #require(scope.owner?.triage)
    #expect(triage.entries(.webFamous).map(\.id) == ["10"])
    #expect(triage.entries(.ordinary).map(\.id) == ["12"])
    // One follow-back of the two ordinary followings: the rate without web famous is 1/2
    #expect(triage.followBackRateExcludingWebFamous == 0.5)
    #expect(scope.owner?.etiquette.followBackRate == 1.0 / 3)
  }

  @Test("summary: the store's networks, owners and imports")
  func summary() throws {
    let summary = try FollowQueries(store: try Self.store()).summary()
    #expect(summary.networks.map(\.network) == [.x])
    #expect(summary.owners.map(\.account.id.value) == ["1"])
    #expect(summary.imports.count == 1)
  }
}
