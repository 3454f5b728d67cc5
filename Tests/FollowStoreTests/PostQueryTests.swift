import FollowModel
import FollowStore
import Foundation
import Testing

struct PostQueryTests {
  static func batch(_ network: Network, _ posts: [Post]) -> ImportRequest {
    ImportRequest(
      batch: ImportBatch(network: network, format: "test", posts: posts),
      sourcePath: "test-\(network)",
      contentSHA256: String(repeating: network == .x ? "a" : "b", count: 64),
      observedAt: Date(timeIntervalSince1970: 1_700_000_000),
      startedAt: Date(timeIntervalSince1970: 1_700_000_000))
  }

  static func post(
    _ network: Network, _ author: String, _ id: String, _ seconds: Double, _ text: String,
    hashtags: [String] = [], urls: [String] = [], repost: Bool = false
  ) -> Post {
    Post(
      id: id, author: AccountID(network: network, value: author),
      createdAt: Date(timeIntervalSince1970: seconds), text: text, language: "en",
      isRepost: repost, hashtags: hashtags, urls: urls)
  }

  @Test func postsComeBackWithTheirTagsInOrder() throws {
    // Given posts of two networks saved in one import each
    let database = try FollowDatabase.inMemory()
    _ = try database.save([
      Self.batch(
        .x,
        [
          Self.post(
            .x, "12", "2", 200, "second #b", hashtags: ["b", "a"], urls: ["https://e.x/2"]),
          Self.post(.x, "12", "1", 100, "first", repost: true),
          Self.post(.x, "7", "3", 300, "other author"),
        ]),
      Self.batch(.mastodon, [Self.post(.mastodon, "ann@example.social", "m1", 50, "<p>toot</p>")]),
    ])
    // When all posts are read
    let all = try database.posts()
    // Then they are ordered by network, author, time, with flags and tags restored
    #expect(all.map(\.id) == ["m1", "1", "2", "3"])
    let second = try #require(all.first { $0.id == "2" })
    #expect(second.hashtags == ["a", "b"])
    #expect(second.urls == ["https://e.x/2"])
    #expect(second.createdAt == Date(timeIntervalSince1970: 200))
    #expect(second.language == "en")
    #expect(all.first { $0.id == "1" }?.isRepost == true)
    // And filters by network and author select the right subsets
    #expect(try database.posts(network: .mastodon).map(\.id) == ["m1"])
    #expect(
      try database.posts(author: AccountID(network: .x, value: "12")).map(\.id) == ["1", "2"])
    #expect(try database.posts(network: .bluesky).isEmpty)
  }
}
