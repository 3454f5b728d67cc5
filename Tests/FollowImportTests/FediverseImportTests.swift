import FollowImport
import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Mastodon and Bluesky imports through the store: one transaction, posts apart from reposts.
struct FediverseImportTests {
  private func fixture(_ name: String) -> String { Fixture.path("fediverse/" + name) }

  @Test func theArchiveAndItsFollowingListInOneRun() throws {
    let database = try TestStore.inMemory()
    // The CSV comes first: its owner is taken from the archive later in the same run.
    _ = try TestStore.importer(database).run(
      paths: [
        fixture("following_accounts.csv"), fixture("archive-20240102030405-0123abcd.tar.gz"),
      ],
      options: ImportOptions())
    let owner = try #require(try database.owners().first)
    #expect(owner.account.id.value == "Ada@social.example")
    #expect(owner.listsFollowing)
    #expect(!owner.listsFollowers)
    #expect(owner.following == 3)
    // Posts the owner wrote, and boosts apart.
    #expect(owner.posts == 2)
    #expect(owner.reposts == 2)
  }

  @Test func aBadPathLeavesTheDatabaseUnchanged() throws {
    let database = try TestStore.inMemory()
    for bad in ["bad-hash.car", "traversal.tar.gz", "not-a-collection", "truncated.car"] {
      #expect(throws: ImportError.self) {
        try TestStore.importer(database).run(
          paths: [fixture("repo.car"), fixture(bad)], options: ImportOptions())
      }
    }
    #expect(try database.summary().imports.isEmpty)
    #expect(try database.networks().isEmpty)
  }

  @Test func followDatesAndLastPostTimesAreStored() throws {
    let database = try TestStore.inMemory()
    _ = try TestStore.importer(database).run(
      paths: [fixture("repo.car"), fixture("mastodon-api-followers.json")], options: ImportOptions()
    )
    let follow = Follow(
      follower: AccountID(network: .bluesky, value: "did:plc:owner0000000000000000000"),
      followed: AccountID(network: .bluesky, value: "did:plc:alice0000000000000000000"))
    #expect(try database.createdAt(of: follow).map(UTCTime.timestamp) == "2023-12-20T09:00:00Z")
    let cy = try database.accounts(network: .mastodon).first { $0.id.value == "cy@social.example" }
    #expect(cy?.lastPostAt.map(UTCTime.day) == "2025-08-15")
    let owner = try #require(try database.owners().first)
    #expect((owner.posts, owner.reposts, owner.following) == (2, 1, 2))
  }
}
