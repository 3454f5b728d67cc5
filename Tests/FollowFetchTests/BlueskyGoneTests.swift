import FollowFetch
import FollowModel
import FollowStore
import Foundation
import Testing

/// A second Bluesky fetch looks up the accounts that left the owner's lists since the first:
/// those absent from `getProfiles` are stored as gone with the new snapshot.
@Suite(.enabled(if: Recording.isAvailable, Comment(rawValue: Recording.missingMessage)))
struct BlueskyGoneTests {
  private func fetch(_ world: FakeBluesky, harness: FetchHarness, at observedAt: Date)
    async throws -> FetchResult
  {
    let server = try await LoopbackServer.start { world.handle($0) }
    do {
      let result = try await harness.fetch(
        .bluesky, "chriskenny.bsky.social", server: server.baseURL
      ) { $0.observedAt = observedAt }
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  @Test func aLostFollowerWhoseProfileIsGoneIsRecordedGone() async throws {
    let world = try FakeBluesky(now: FetchHarness.now)
    let harness = try FetchHarness()
    let first = try await fetch(world, harness: harness, at: FetchHarness.now)
    #expect(first.accountsLeft == 0)
    // A week later one extra follower deleted the account, the other unfollowed.
    world.deletedSince = [FakeBluesky.extraFollowers[0]]
    world.unfollowedSince = [FakeBluesky.extraFollowers[1]]
    let second = try await fetch(
      world, harness: harness, at: FetchHarness.now.addingTimeInterval(7 * 86_400))
    #expect(second.followers.count == 48)
    // Both left the list; both were asked in one getProfiles batch; one did not resolve.
    #expect(second.accountsLeft == 2)
    #expect(second.accountsLeftGone == 1)
    let snapshots = try harness.store.snapshots(owner: second.owner.id)
    #expect(snapshots.count == 2)
    #expect(snapshots[0].gone == [GoneAccount(id: world.deletedDID, reason: .notFound)])
    #expect(
      Set(snapshots[1].gone) == [
        GoneAccount(id: world.deletedDID, reason: .notFound),
        GoneAccount(id: FakeBluesky.extraFollowers[0], reason: .notFound),
      ])
  }
}
