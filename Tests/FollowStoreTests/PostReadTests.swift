import FollowModel
import FollowStore
import Foundation
import Testing

/// `FollowDatabase.posts(by:)`: an author's stored posts with their tags, in time order.
struct PostReadTests {
  private let owner = AccountID(network: .x, value: "1")

  private func request(_ posts: [Post], sha: String) -> ImportRequest {
    var builder = FollowTableBuilder(network: .x)
    builder.add(follower: "1", followed: "2")
    return ImportRequest(
      batch: ImportBatch(
        network: .x, format: "test", observedAt: nil,
        owner: ExportOwner(
          account: Account(id: owner), listsFollowing: true, listsFollowers: false),
        follows: builder.build().table, accounts: [], posts: posts,
        counts: ImportCounts(records: posts.count, duplicateFollows: 0, selfFollows: 0),
        warnings: [], unknownFiles: []),
      sourcePath: "test-\(sha)", contentSHA256: String(repeating: sha, count: 64),
      observedAt: Date(timeIntervalSince1970: 1_700_000_000),
      startedAt: Date(timeIntervalSince1970: 1_700_000_000))
  }

  @Test func postsComeBackInTimeOrderWithTheirTags() throws {
    // Given three posts saved out of order, one with tags
    let early = Date(timeIntervalSince1970: 1_600_000_000)
    let late = Date(timeIntervalSince1970: 1_650_000_000)
    let database = try FollowDatabase.inMemory()
    _ = try database.save([
      request(
        [
          Post(id: "30", author: owner, createdAt: late, text: "third"),
          Post(
            id: "9", author: owner, createdAt: late, text: "second", isReply: true, replyToID: "5",
            hashtags: ["seo", "brand"], mentions: ["bob"], urls: ["https://example.test/a"]),
          Post(id: "100", author: owner, createdAt: early, text: "first", isRepost: true),
        ], sha: "a")
    ])
    // When they are read back
    let posts = try database.posts(by: owner)
    // Then they are sorted by time, then numerically by id, with flags and sorted tags
    #expect(posts.map(\.id) == ["100", "9", "30"])
    #expect(posts[0].isRepost && !posts[0].isReply)
    #expect(posts[1].isReply && posts[1].replyToID == "5")
    #expect(posts[1].hashtags == ["brand", "seo"])
    #expect(posts[1].mentions == ["bob"])
    #expect(posts[1].urls == ["https://example.test/a"])
    #expect(posts[1].createdAt == late)
  }

  @Test func aShareIsReadBackAsAShare() throws {
    // Given a post saved as a share (a Mastodon boost, a Bluesky repost) and one that is not
    let day = Date(timeIntervalSince1970: 1_600_000_000)
    let database = try FollowDatabase.inMemory()
    _ = try database.save([
      request(
        [
          Post(id: "1", author: owner, createdAt: day, text: "boosted", isShare: true),
          Post(id: "2", author: owner, createdAt: day, text: "own"),
        ], sha: "b")
    ])
    // When they are read back through the store protocol's query
    let posts = try database.posts(network: .x, author: owner)
    // Then the flag survives the round trip
    #expect(posts.map(\.id) == ["1", "2"])
    #expect(posts.map(\.isShare) == [true, false])
  }

  @Test func anUnknownAuthorHasNoPosts() throws {
    let database = try FollowDatabase.inMemory()
    #expect(try database.posts(by: AccountID(network: .x, value: "404")).isEmpty)
  }
}
