import FollowFetch
import FollowModel
import FollowStore
import Foundation
import Testing

/// `followgraph fetch --network bluesky` against an AppView on loopback replaying recorded
/// real responses.
@Suite(.enabled(if: Recording.isAvailable, Comment(rawValue: Recording.missingMessage)))
struct BlueskyFetchTests {
  private func fetch(
    _ world: FakeBluesky, harness: FetchHarness, account: String = "chriskenny.bsky.social"
  )
    async throws -> FetchResult
  {
    let server = try await LoopbackServer.start { world.handle($0) }
    do {
      let result = try await harness.fetch(.bluesky, account, server: server.baseURL) {
        $0.posts = true
      }
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  @Test func depthOneFromRecordedPages() async throws {
    let world = try FakeBluesky(now: FetchHarness.now)
    let harness = try FetchHarness()
    let result = try await fetch(world, harness: harness)
    #expect(result.owner.id.value == world.ownerDID)
    // 48 recorded followers, then a second page of 2 (shorter than the limit).
    #expect(result.followers.state == .complete && result.followers.count == 50)
    #expect(result.following.state == .complete && result.following.count == 48)
    let snapshot = try #require(try harness.snapshot(.bluesky, world.ownerDID))
    #expect(Set(snapshot.followers ?? []) == Set(world.followerDIDs + FakeBluesky.extraFollowers))
    #expect(Set(snapshot.following ?? []) == Set(world.followDIDs))
    // Accounts keyed by DID, never by handle.
    #expect((snapshot.followers ?? []).allSatisfy { $0.hasPrefix("did:") })
    #expect(result.accountsGone == 1)
    let accounts = try harness.store.accounts(network: .bluesky)
    let owner = try #require(accounts.first { $0.id.value == world.ownerDID })
    #expect(owner.followersCount == 554 && owner.followingCount == 296 && owner.postsCount == 65)
    let deleted = try #require(accounts.first { $0.id.value == world.deletedDID })
    #expect(deleted.followersCount == nil)
    let posts = try harness.store.posts(network: .bluesky, author: nil)
    #expect(posts.count == 50)
    #expect(result.summary.sharesRead == 7)
    #expect(posts.filter(\.isRepost).count == 7)
  }

  @Test func a429WithRateLimitResetWaitsInUnixSeconds() async throws {
    let world = try FakeBluesky(now: FetchHarness.now)
    world.rateLimitOnce = true
    let harness = try FetchHarness()
    let result = try await fetch(world, harness: harness)
    #expect(result.following.state == .complete && result.following.count == 48)
    #expect(result.statistics.rateLimitWaits == 1)
    #expect(harness.sleeper.waits == [.seconds(30)])
  }

  @Test func aDIDNeedsNoHandleResolution() async throws {
    let world = try FakeBluesky(now: FetchHarness.now)
    let harness = try FetchHarness()
    let result = try await fetch(world, harness: harness, account: world.ownerDID)
    #expect(result.owner.id.value == world.ownerDID)
    #expect(result.followers.count == 50)
  }
}

/// A Bluesky fetch interrupted at any point (lists or profile batches) resumes to the same
/// figures.
@Suite(.enabled(if: Recording.isAvailable, Comment(rawValue: Recording.missingMessage)))
struct BlueskyResumeTests {
  @Test(arguments: [2, 4, 6, 8])
  func interruptedAndResumedEqualsUninterrupted(cap: Int) async throws {
    let world = try FakeBluesky(now: FetchHarness.now)
    let server = try await LoopbackServer.start { world.handle($0) }
    let whole = try FetchHarness()
    let parts = try FetchHarness()
    do {
      let uninterrupted = try await whole.fetch(
        .bluesky, "chriskenny.bsky.social", server: server.baseURL)
      await #expect(throws: FetchError.requestCapReached(cap)) {
        try await parts.fetch(.bluesky, "chriskenny.bsky.social", server: server.baseURL) {
          $0.policy.maxRequests = cap
        }
      }
      let resumed = try await parts.fetch(
        .bluesky, "chriskenny.bsky.social", server: server.baseURL)
      await server.stop()
      // resolveHandle, getProfile, 2 + 2 list pages, then the getProfiles batches.
      #expect(uninterrupted.statistics.requests >= 8)
      #expect(cap + resumed.statistics.requests == uninterrupted.statistics.requests)
      #expect(resumed.accountsGone == uninterrupted.accountsGone)
      let wholeSnapshot = try whole.snapshot(.bluesky, world.ownerDID)
      let partSnapshot = try parts.snapshot(.bluesky, world.ownerDID)
      #expect(partSnapshot?.followers == wholeSnapshot?.followers)
      #expect(partSnapshot?.following == wholeSnapshot?.following)
      #expect(
        try parts.store.accounts(network: .bluesky) == whole.store.accounts(network: .bluesky))
    } catch {
      await server.stop()
      throw error
    }
  }
}
