import FollowFetch
import FollowModel
import FollowStore
import Foundation
import Testing

/// `followgraph fetch --network mastodon` against a Mastodon server on loopback.
@Suite struct MastodonFetchTests {
  /// Runs `body` with a started fake server, stopping it afterwards.
  static func withServer<T>(
    _ world: FakeMastodon, _ body: (String) async throws -> T
  ) async throws -> T {
    let server = try await LoopbackServer.start { world.handle($0) }
    world.baseURL = server.baseURL
    do {
      let result = try await body(server.baseURL)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  @Test func depthOneSavesBothListsAndAudiences() async throws {
    let world = FakeMastodon(followers: 200, following: 120, mutual: 50, now: FetchHarness.now)
    let harness = try FetchHarness()
    let result = try await Self.withServer(world) { base in
      try await harness.fetch(.mastodon, "@alice@example.social", server: base) {
        $0.posts = true
      }
    }
    #expect(result.owner.id.value == "alice@example.social")
    #expect(result.following.state == .complete && result.following.count == 120)
    #expect(result.followers.state == .complete && result.followers.count == 200)
    // 1 lookup + 3 follower pages + 2 following pages + 1 statuses page.
    #expect(result.statistics.requests - result.statistics.retries == 7)
    let snapshot = try #require(try harness.snapshot(.mastodon, "alice@example.social"))
    #expect(snapshot.followers?.count == 200)
    #expect(snapshot.following?.count == 120)
    let mutual = Set(snapshot.followers ?? []).intersection(snapshot.following ?? [])
    #expect(mutual.count == 50)
    // Local accounts (acct without '@') take ACCOUNT's host, not the server URL's.
    #expect(snapshot.followers?.contains("user2@example.social") == true)
    #expect(snapshot.followers?.contains("user3@remote.example") == true)
    #expect(snapshot.followers?.contains { $0.contains("127.0.0.1") } == false)
    let accounts = try harness.store.accounts(network: .mastodon)
    let seven = try #require(accounts.first { $0.id.value == "user7@remote.example" })
    #expect(seven.followersCount == 70 && seven.followingCount == 7 && seven.postsCount == 21)
    #expect(seven.lastPostAt == UTCTime.parse("2020-01-02"))
    #expect(accounts.first { $0.id.value == "user1@remote.example" }?.isBot == true)
    let posts = try harness.store.posts(network: .mastodon, author: nil)
    #expect(posts.count == 2)
    // A boost is a share (the store's post read-back does not return is_share yet: the
    // summary counts what was saved, and the repost flag is read back).
    #expect(result.summary.sharesRead == 1)
    #expect(posts.filter(\.isRepost).map(\.id) == ["112"])
  }

  @Test func theUnknownAccountIsAClearError() async throws {
    let world = FakeMastodon(followers: 1, following: 1, mutual: 0, now: FetchHarness.now)
    let harness = try FetchHarness()
    await #expect(throws: FetchError.self) {
      try await Self.withServer(world) { base in
        try await harness.fetch(.mastodon, "nobody@example.social", server: base)
      }
    }
    #expect(try harness.store.owners().isEmpty)
  }

  @Test func aRepeatedFetchOfTheSameTimeIsNotSavedTwice() async throws {
    let world = FakeMastodon(followers: 5, following: 5, mutual: 2, now: FetchHarness.now)
    let harness = try FetchHarness()
    let (first, second) = try await Self.withServer(world) { base in
      (
        try await harness.fetch(.mastodon, "alice@example.social", server: base),
        try await harness.fetch(.mastodon, "alice@example.social", server: base)
      )
    }
    #expect(first.summary.runID != nil)
    #expect(second.summary.runID == nil)
    #expect(try harness.store.snapshots(owner: first.owner.id).count == 1)
  }
}

/// Depth 2: both lists of each neighbour, up to `--max-accounts`.
@Suite struct DepthTwoTests {
  @Test func neighboursListsAreAddedOnlyWhenComplete() async throws {
    let world = FakeMastodon(followers: 6, following: 2, mutual: 0, now: FetchHarness.now)
    let harness = try FetchHarness()
    let result = try await MastodonFetchTests.withServer(world) { base in
      try await harness.fetch(.mastodon, "alice@example.social", server: base) {
        $0.depth = 2
        $0.maxAccounts = 7
      }
    }
    // Neighbours: followers 1…6 and followings 100000, 100001; sorted by id, 7 of the 8.
    #expect(result.neighbours.tried == 7)
    // 3 is deleted (404: a warning naming the URL), 5 hides its followers.
    #expect(result.neighbours.complete == 5)
    #expect(
      result.warnings.contains { $0.url.hasSuffix("/api/v1/accounts/1000003/following?limit=80") })
    let table = try harness.store.followTable(network: .mastodon, progress: nil)
    var edges = Set<String>()
    for (follower, followed) in zip(table.followers, table.followed) {
      edges.insert(table.accountIDs[Int(follower)] + ">" + table.accountIDs[Int(followed)])
    }
    #expect(edges.contains("user1001@remote.example>user1@remote.example"))
    #expect(edges.contains("user4@example.social>user3004@example.social"))
    #expect(!edges.contains { $0.hasPrefix("user3@remote.example>user3003") })
    // Account 5's followers are hidden: none recorded, its following is.
    #expect(!edges.contains { $0.hasSuffix(">user5@remote.example") })
    #expect(edges.contains("user5@remote.example>user3005@remote.example"))
  }

  @Test(arguments: [5, 9, 12])
  func depthTwoInterruptedAmongNeighboursResumesToTheSameGraph(cap: Int) async throws {
    let world = FakeMastodon(followers: 6, following: 2, mutual: 0, now: FetchHarness.now)
    let whole = try FetchHarness()
    let parts = try FetchHarness()
    let configure = { (options: inout FetchOptions) in
      options.depth = 2
      options.maxAccounts = 7
    }
    let (uninterrupted, resumed) = try await MastodonFetchTests.withServer(world) { base in
      let uninterrupted = try await whole.fetch(
        .mastodon, "alice@example.social", server: base, configure: configure)
      await #expect(throws: FetchError.requestCapReached(cap)) {
        try await parts.fetch(.mastodon, "alice@example.social", server: base) {
          configure(&$0)
          $0.policy.maxRequests = cap
        }
      }
      let resumed = try await parts.fetch(
        .mastodon, "alice@example.social", server: base, configure: configure)
      return (uninterrupted, resumed)
    }
    // 1 lookup, 1 + 1 list pages, then 7 neighbours × 2 lists.
    #expect(uninterrupted.statistics.requests == 17)
    #expect(cap + resumed.statistics.requests == uninterrupted.statistics.requests)
    #expect(resumed.neighbours == uninterrupted.neighbours)
    let wholeTable = try whole.store.followTable(network: .mastodon, progress: nil)
    let partTable = try parts.store.followTable(network: .mastodon, progress: nil)
    #expect(wholeTable.count > 20)
    #expect(Set(partTable.follows) == Set(wholeTable.follows))
    #expect(
      try parts.store.accounts(network: .mastodon) == whole.store.accounts(network: .mastodon))
  }
}
