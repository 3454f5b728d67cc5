import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `report`'s headline per export owner: the follow-back answer with the triage of those who
/// do not follow back, the post focus, the latest change and the owner's lists from the store.
struct ReportHeadlineTests {
  static let day = UTCTime.parse("2024-02-01") ?? Date(timeIntervalSince1970: 0)
  static let requested = UTCTime.parse("2024-01-10") ?? day

  /// Two exports of owner 1 and an edge list elsewhere.
  ///
  /// January: 1 follows 2. February: 1 follows 2, 3, 4, 5, 3 follows back, and the export
  /// lists a pending request to 6 and close friend 3.
  static func store() throws -> some FollowStoring {
    let author = UseCaseStore.owner.id
    let posts = [
      Post(id: "100", author: author, createdAt: day, text: "swift concurrency"),
      Post(id: "101", author: author, createdAt: day, text: "gardening tomatoes"),
    ]
    var february = UseCaseStore.snapshot(
      following: ["2", "3", "4", "5"], followers: ["3"],
      accounts: [Account(id: AccountID(network: .x, value: "6"), handle: "Six")], posts: posts)
    february.ownerLists = [
      OwnerList(
        kind: .pendingFollowRequests,
        entries: [OwnerListEntry(nativeID: "6", handle: "Six", listedAt: requested)]),
      OwnerList(kind: .closeFriends, entries: [OwnerListEntry(nativeID: "3", handle: "three")]),
    ]
    return try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["2"], followers: []), february,
      UseCaseStore.edges([("a", "b")], network: .mastodon),
    ])
  }

  @Test func theHeadlineAnswersFromTheComputedFiguresAndTheStoredLists() throws {
    // Given: account 2 is on the keep-list
    let keep = WebFameWhitelist(entries: [.init(line: 1, selector: .id("2", network: .x))])
    // When
    let input = try FollowQueries(store: try Self.store()).report(
      asOf: Self.day,
      fame: FameSettings(criteria: WebFameCriteria(), whitelist: keep, damping: 0.85),
      topics: TopicOptions(themes: [try Theme(parsing: "code=swift")]))
    // Then: one headline, for the only owner (the edge list has none)
    #expect(input.headlines.map(\.owner.id.value) == ["1"])
    let headline = try #require(input.headlines.first)
    #expect(headline.following == 4)
    #expect(headline.followers == 1)
    #expect(headline.mutual == 1)
    #expect(headline.followBackRate == 0.25)
    #expect(headline.notFollowingBackTotal == 3)
    #expect(headline.fans == 0)
    // 4 and 5 have no follower count; 2 is kept, which comes last
    #expect(
      headline.notFollowingBack == [
        OwnerHeadline.CategoryCount(category: .unknownAudience, count: 2),
        OwnerHeadline.CategoryCount(category: .kept, count: 1),
      ])
    #expect(
      headline.postFocus
        == OwnerHeadline.PostFocus(posts: 2, share: 0.5, about: "code", themed: true))
    #expect(headline.snapshots == 2)
    let change = try #require(headline.latestChange)
    #expect(change.gainedFollowers == 1)
    #expect(change.lostFollowers == 0)
    #expect(change.newFollowing == 3)
    #expect(change.droppedFollowing == 0)
    #expect(headline.lists.map(\.kind) == [.pendingFollowRequests, .closeFriends])
    #expect(headline.lists.first?.entries.first?.handle == "Six")
    #expect(headline.lists.first?.entries.first?.listedAt == Self.requested)
  }

  @Test func withoutTopicsOrASecondExportTheHeadlineSaysLess() throws {
    let store = try UseCaseStore.holding([UseCaseStore.snapshot(following: ["2"], followers: [])])
    let input = try FollowQueries(store: store).report(
      asOf: Self.day,
      fame: FameSettings(criteria: WebFameCriteria(), whitelist: .empty, damping: 0.85),
      topics: TopicOptions(themes: []))
    let headline = try #require(input.headlines.first)
    #expect(headline.postFocus == nil)
    #expect(headline.snapshots == 1)
    #expect(headline.latestChange == nil)
    #expect(headline.lists.isEmpty)
    #expect(headline.followBackRate == 0)
    #expect(headline.notFollowingBack.map(\.category) == [.unknownAudience])
  }
}
