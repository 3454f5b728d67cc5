import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `report`: every network's figures, each owner's changes, topics and posting activity.
struct ReportAssemblyTests {
  static let day = UTCTime.parse("2024-02-01") ?? Date(timeIntervalSince1970: 0)

  /// Two exports of the owner (the second with two posts) and an edge list elsewhere.
  static func store() throws -> some FollowStoring {
    let author = UseCaseStore.owner.id
    let posts = [
      Post(
        id: "100", author: author, createdAt: UTCTime.parse("2024-01-03") ?? day,
        text: "swift concurrency and swift macros"),
      Post(
        id: "101", author: author, createdAt: UTCTime.parse("2024-03-05") ?? day,
        text: "gardening tomatoes", isReply: true),
    ]
    return try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["2"], followers: []),
      UseCaseStore.snapshot(following: ["2", "3"], followers: ["3"], posts: posts),
      UseCaseStore.edges([("a", "b")], network: .mastodon),
    ])
  }

  @Test("The input holds one report per network, the owner's changes, topics and activity")
  func assemblesEverything() throws {
    // When
    let input = try FollowQueries(store: try Self.store()).report(
      asOf: Self.day,
      fame: FameSettings(criteria: WebFameCriteria(), whitelist: .empty, damping: 0.85),
      topics: TopicOptions(themes: [try Theme(parsing: "code=swift")]))
    // Then
    #expect(input.asOf == Self.day)
    #expect(input.networks.map(\.network) == [.mastodon, .x])
    #expect(input.networks.allSatisfy { $0.fame != nil && $0.pageRank != nil })
    #expect(input.networks.last?.owners.map(\.owner.id.value) == ["1"])
    // The owner's network: 1 follows 2 and 3, 3 follows 1 (degrees 2, 1, 0 / 1, 0, 1)
    #expect(input.networks.last?.degreeCCDF.following.map(\.degree) == [1, 2])
    #expect(input.networks.last?.degreeCCDF.followers.map(\.share) == [1])
    #expect(input.changes?.map(\.owner.id.value) == ["1"])
    #expect(input.changes?.first?.periods.first?.newFollowing == ["3"])
    let topics = try #require(input.topics)
    #expect(topics.analysis.accounts.first?.anyThemeShare == 0.5)
    #expect(ReportSections(input).famous.map(\.network) == [.mastodon, .x])
    let activity = try #require(input.activity.first)
    #expect(activity.months.map(\.month) == ["2024-01", "2024-02", "2024-03"])
    #expect(activity.months.map(\.replies) == [0, 0, 1])
  }
}
