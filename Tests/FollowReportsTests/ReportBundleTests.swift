import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Snapshot tests of the report files for a small, hand-made network.
struct ReportBundleTests {
  private func input() -> ReportInput {
    var builder = FollowTableBuilder(network: .x)
    // Owner 1 follows 2, 3, 4; 2 and 5 follow back / fan; 3 and 4 follow each other.
    for (a, b) in [
      ("1", "2"), ("1", "3"), ("1", "4"), ("2", "1"), ("5", "1"), ("3", "4"), ("4", "3"),
    ] {
      builder.add(follower: a, followed: b)
    }
    let graph = FollowGraph(builder.build().table)
    let owner = Account(id: AccountID(network: .x, value: "1"), handle: "maya", displayName: "Maya")
    let directory = AccountDirectory([
      owner,
      Account(id: AccountID(network: .x, value: "3"), handle: "=cmd", displayName: "A, \"B\""),
    ])
    let report = NetworkAnalysis.report(
      graph: graph, directory: directory, owners: [(owner, true, true)])
    let day = UTCTime.parse("2024-07-01") ?? Date()
    let summary = DatabaseSummary(
      networks: [NetworkTotals(network: .x, accounts: 5, follows: 7, posts: 0)],
      owners: [
        OwnerRecord(
          account: owner, imports: 1, lastObservedAt: day, listsFollowing: true,
          listsFollowers: true, following: 3, followers: 2, posts: 0, reposts: 0)
      ],
      imports: [
        ImportRecord(
          id: 1, source: "archive.zip", format: "twitter-archive", network: .x, observedAt: day,
          finishedAt: day, accountsAdded: 5, followsAdded: 7, postsAdded: 0, warnings: 0)
      ])
    var input = ReportInput(asOf: day, summary: summary, networks: [report])
    input.headlines = report.owners.map {
      ReportAssembly.headline($0, changes: nil, topics: nil, lists: HeadlineRendererTests.lists)
    }
    return input
  }

  @Test func filesMatchTheirSnapshots() {
    let files = ReportBundle.render(input())
    #expect(
      files.map(\.name) == [
        "summary.txt", "accounts.csv", "not_following_back.csv", "fans.csv", "mutuals.csv",
      ])
    for file in files { assertSnapshot(file.contents, named: file.name) }
  }

  @Test func reciprocityOutputsMatchTheirSnapshots() throws {
    let report = input().networks[0]
    let owner = try #require(report.owners.first)
    assertSnapshot(ReciprocityRenderer.text(report, owner: owner), named: "reciprocity.txt")
    assertSnapshot(
      ReciprocityRenderer.json(report, owner: owner).render(), named: "reciprocity.json")
    assertSnapshot(ReciprocityRenderer.csv(report, owner: owner).render(), named: "reciprocity.csv")
    assertSnapshot(AccountsRenderer.json([report]).render(), named: "accounts.json")
  }
}
