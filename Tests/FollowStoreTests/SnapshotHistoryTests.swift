import FollowModel
import FollowStore
import Foundation
import Testing

struct SnapshotHistoryTests {
  @Test func aNewerSnapshotReplacesTheOwnersCurrentLists() throws {
    // Given a 2021 export: owner follows 2, 3; followers 2, 4
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.snapshot(following: ["2", "3"], followers: ["2", "4"]), day: "2021-01-01",
        hash: "a")
    ])
    // When a 2023 export shows: follows 2, 5; followers 2, 5
    let summary = try db.save([
      StoreFixtures.request(
        StoreFixtures.snapshot(following: ["2", "5"], followers: ["2", "5"]), day: "2023-01-01",
        hash: "b")
    ])
    // Then 1>3 and 4>1 are no longer current
    #expect(summary.first?.followsRemoved == 2)
    #expect(try StoreFixtures.follows(db) == ["1>2", "1>5", "2>1", "5>1"])
    let owner = try #require(try db.owners().first)
    #expect(owner.following == 2)
    #expect(owner.followers == 2)
    #expect(owner.imports == 2)
  }

  @Test func anOlderSnapshotImportedLaterDoesNotResurrectFollows() throws {
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.snapshot(following: ["2", "5"], followers: ["2"]), day: "2023-01-01",
        hash: "c")
    ])
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.snapshot(following: ["2", "3"], followers: ["2", "4"]), day: "2021-01-01",
        hash: "d")
    ])
    #expect(try StoreFixtures.follows(db) == ["1>2", "1>5", "2>1"])
  }

  @Test func followsObservedLaterByAnotherSourceStayCurrent() throws {
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.edges([("1", "9")], network: .x), day: "2024-01-01", hash: "e")
    ])
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.snapshot(following: ["2"], followers: []), day: "2023-01-01", hash: "f")
    ])
    #expect(try StoreFixtures.follows(db) == ["1>2", "1>9"])
  }
}

struct FollowObservationTests {
  @Test func firstAndLastObservationsSpanTheSnapshots() throws {
    let db = try FollowDatabase.inMemory()
    for (day, hash) in [("2022-06-01", "a"), ("2021-01-01", "b"), ("2023-03-01", "c")] {
      _ = try db.save([
        StoreFixtures.request(
          StoreFixtures.snapshot(following: ["2"], followers: []), day: day, hash: hash)
      ])
    }
    let follow = Follow(
      follower: AccountID(network: .x, value: "1"), followed: AccountID(network: .x, value: "2"))
    let seen = try #require(try db.observation(of: follow))
    #expect(seen.first == UTCTime.parse("2021-01-01"))
    #expect(seen.last == UTCTime.parse("2023-03-01"))
    let missing = Follow(
      follower: AccountID(network: .x, value: "2"), followed: AccountID(network: .x, value: "1"))
    #expect(try db.observation(of: missing) == nil)
  }
}
