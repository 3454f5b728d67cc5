import FollowFetch
import FollowModel
import FollowStore
import Foundation
import Testing

/// What a fetch does at each failure the issue lists, on a Mastodon server on loopback.
@Suite struct FailureCaseTests {
  private func fetch(
    _ faults: FakeMastodon.Faults, followers: Int = 200,
    configure: (inout FetchOptions) -> Void = { _ in }
  ) async throws -> (FetchResult, FetchHarness, FakeMastodon) {
    let world = FakeMastodon(
      followers: followers, following: 30, mutual: 10, faults: faults, now: FetchHarness.now)
    let harness = try FetchHarness()
    let result = try await MastodonFetchTests.withServer(world) { base in
      try await harness.fetch(.mastodon, "alice@example.social", server: base, configure: configure)
    }
    return (result, harness, world)
  }

  @Test func a429WaitsUntilTheResetAndGoesOn() async throws {
    var faults = FakeMastodon.Faults()
    faults.rateLimitOnceFor = "/api/v1/accounts/1/followers"
    let (result, harness, _) = try await fetch(faults)
    #expect(result.followers.state == .complete && result.followers.count == 200)
    #expect(result.statistics.rateLimitWaits == 1)
    #expect(result.statistics.retries == 0)
    // X-RateLimit-Reset was 42 s after the server's "now", which is the fetch's clock.
    #expect(harness.sleeper.waits == [.seconds(42)])
    #expect(harness.log.events.contains { if case .rateLimitWait = $0 { true } else { false } })
  }

  @Test func a5xxOnceIsRetriedWithBackoff() async throws {
    var faults = FakeMastodon.Faults()
    faults.serverErrorOnceFor = "/api/v1/accounts/1/following"
    let (result, harness, _) = try await fetch(faults)
    #expect(result.following.state == .complete && result.following.count == 30)
    #expect(result.statistics.retries == 1)
    #expect(harness.sleeper.waits == [.milliseconds(10)])
  }

  @Test func aDroppedConnectionIsRetried() async throws {
    var faults = FakeMastodon.Faults()
    faults.dropOnceFor = "/api/v1/accounts/1/followers"
    let (result, _, _) = try await fetch(faults)
    #expect(result.followers.state == .complete && result.followers.count == 200)
    #expect(result.statistics.retries == 1)
  }

  @Test func aSlowPageTimesOutAndIsRetried() async throws {
    var faults = FakeMastodon.Faults()
    faults.slowOnceFor = "/api/v1/accounts/1/following"
    let (result, _, _) = try await fetch(faults) { $0.policy.requestTimeout = .seconds(3) }
    #expect(result.following.state == .complete && result.following.count == 30)
    #expect(result.statistics.retries == 1)
  }

  @Test func aLoopingLinkEndsTheListWithAWarningAndNoSnapshotList() async throws {
    var faults = FakeMastodon.Faults()
    faults.loopingFollowers = true
    let (result, harness, _) = try await fetch(faults)
    #expect(result.followers.state == .incomplete)
    #expect(result.warnings.count == 1)
    #expect(result.warnings.first?.url.contains("/followers") == true)
    #expect(result.warnings.first?.message.contains("repeats") == true)
    let snapshot = try #require(try harness.snapshot(.mastodon, "alice@example.social"))
    #expect(snapshot.followers == nil)
    #expect(snapshot.following?.count == 30)
  }

  @Test func aListThatNeverEndsStopsAtThePageCap() async throws {
    var faults = FakeMastodon.Faults()
    faults.endlessFollowers = true
    let (result, _, _) = try await fetch(faults, followers: 20) { $0.policy.maxPagesPerList = 12 }
    #expect(result.followers.state == .incomplete)
    #expect(result.warnings.first?.message.contains("12 pages") == true)
  }

  @Test func shortPagesStillContinue() async throws {
    var faults = FakeMastodon.Faults()
    faults.shortPages = true
    let (result, _, _) = try await fetch(faults, followers: 50)
    #expect(result.followers.state == .complete && result.followers.count == 50)
  }

  @Test func aHiddenCollectionIsUnknownNotZero() async throws {
    var faults = FakeMastodon.Faults()
    faults.hiddenFollowers = true
    let (result, harness, _) = try await fetch(faults)
    #expect(result.followers.state == .hidden)
    let snapshot = try #require(try harness.snapshot(.mastodon, "alice@example.social"))
    #expect(snapshot.followers == nil)
    #expect(snapshot.following?.count == 30)
  }

  @Test func aNegativeCountWithAnEmptyListIsUnknownNotZero() async throws {
    var faults = FakeMastodon.Faults()
    faults.negativeFollowersCount = true
    let (result, harness, _) = try await fetch(faults)
    #expect(result.followers.state == .hidden)
    let snapshot = try #require(try harness.snapshot(.mastodon, "alice@example.social"))
    #expect(snapshot.followers == nil)
    #expect(snapshot.following?.count == 30)
    // The hidden count is unknown, not -1 or 0.
    #expect(result.owner.followersCount == nil)
    #expect(result.summary.warnings.contains { $0.message.contains("followers is hidden") })
  }

  @Test func aBodyOverTheCapEndsTheList() async throws {
    let (result, _, _) = try await fetch(FakeMastodon.Faults()) { $0.policy.maxBodyBytes = 20_000 }
    // The owner's lookup is small; the 80-account follower page is not.
    #expect(result.followers.state == .incomplete)
    #expect(result.warnings.contains { $0.message.contains("larger than 20000 bytes") })
  }

  @Test func maxRequestsStopsTheRunAndKeepsItsPages() async throws {
    let world = FakeMastodon(followers: 200, following: 30, mutual: 10, now: FetchHarness.now)
    let harness = try FetchHarness()
    await #expect(throws: FetchError.requestCapReached(2)) {
      try await MastodonFetchTests.withServer(world) { base in
        try await harness.fetch(.mastodon, "alice@example.social", server: base) {
          $0.policy.maxRequests = 2
        }
      }
    }
    #expect(try harness.store.owners().isEmpty)
  }

  @Test func theTokenIsNeverSentOverPlainHTTP() async throws {
    let world = FakeMastodon(followers: 3, following: 3, mutual: 1, now: FetchHarness.now)
    let harness = try FetchHarness()
    _ = try await MastodonFetchTests.withServer(world) { base in
      try await harness.fetch(.mastodon, "alice@example.social", server: base) {
        $0.token = "secret-token"
      }
    }
    #expect(world.requests > 0)
    #expect(world.authorizationHeaders.isEmpty)
  }
}
