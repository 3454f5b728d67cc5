import FollowFetch
import FollowModel
import FollowStore
import Foundation
import Testing

/// An interrupted fetch continues where it stopped and gives the figures of an uninterrupted
/// one, re-requesting nothing it had already saved.
@Suite struct ResumeTests {
  /// What two fetches must agree on: the owner's lists and every stored account.
  private func figures(_ harness: FetchHarness) throws -> ([String]?, [String]?, [Account]) {
    let snapshot = try harness.snapshot(.mastodon, "alice@example.social")
    return (
      snapshot?.following, snapshot?.followers, try harness.store.accounts(network: .mastodon)
    )
  }

  @Test(arguments: [1, 2, 4, 6])
  func interruptedAndResumedEqualsUninterrupted(cap: Int) async throws {
    let world = FakeMastodon(followers: 300, following: 100, mutual: 40, now: FetchHarness.now)
    let whole = try FetchHarness()
    let parts = try FetchHarness()
    let (uninterrupted, resumed) = try await MastodonFetchTests.withServer(world) { base in
      let uninterrupted = try await whole.fetch(.mastodon, "alice@example.social", server: base)
      await #expect(throws: FetchError.requestCapReached(cap)) {
        try await parts.fetch(.mastodon, "alice@example.social", server: base) {
          $0.policy.maxRequests = cap
        }
      }
      #expect(try parts.store.owners().isEmpty, "nothing partial is saved as a snapshot")
      let resumed = try await parts.fetch(.mastodon, "alice@example.social", server: base)
      return (uninterrupted, resumed)
    }
    #expect(resumed.resumedPages == cap)
    let asked = { (result: FetchResult) in result.statistics.requests - result.statistics.retries }
    #expect(cap + asked(resumed) == asked(uninterrupted))
    let (wholeFollowing, wholeFollowers, wholeAccounts) = try figures(whole)
    let (partFollowing, partFollowers, partAccounts) = try figures(parts)
    #expect(wholeFollowing?.count == 100 && wholeFollowers?.count == 300)
    #expect(partFollowing == wholeFollowing)
    #expect(partFollowers == wholeFollowers)
    #expect(partAccounts == wholeAccounts)
  }
}
