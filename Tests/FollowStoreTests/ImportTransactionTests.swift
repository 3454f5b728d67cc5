import FollowModel
import FollowStore
import Foundation
import Testing

struct ImportTransactionTests {
  @Test func savesFollowsAccountsAndAnImportRun() throws {
    // Given an empty database
    let db = try FollowDatabase.inMemory()
    // When an edge list is saved
    let summaries = try db.save([
      StoreFixtures.request(
        StoreFixtures.edges([("a", "b"), ("b", "a"), ("c", "a")]), day: "2024-01-01", hash: "a")
    ])
    // Then
    let summary = try #require(summaries.first)
    #expect(summary.followsAdded == 3)
    #expect(summary.accountsAdded == 3)
    #expect(summary.runID == 1)
    #expect(try StoreFixtures.follows(db, .generic) == ["a>b", "b>a", "c>a"])
    #expect(try db.imports().map(\.followsAdded) == [3])
    #expect(
      try db.networks() == [NetworkTotals(network: .generic, accounts: 3, follows: 3, posts: 0)])
  }

  @Test func reimportingTheSameContentChangesNothing() throws {
    let db = try FollowDatabase.inMemory()
    let request = StoreFixtures.request(
      StoreFixtures.edges([("a", "b")]), day: "2024-01-01", hash: "b")
    _ = try db.save([request])
    let before = try db.summary()
    let again = try db.save([request])
    #expect(again.first?.alreadyImportedAs == 1)
    #expect(again.first?.runID == nil)
    #expect(try db.summary() == before)
  }

  @Test func sameFollowsUnderAnotherHashAddNothing() throws {
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(StoreFixtures.edges([("a", "b")]), day: "2024-01-01", hash: "c")
    ])
    let second = try db.save([
      StoreFixtures.request(StoreFixtures.edges([("a", "b")]), day: "2024-02-01", hash: "d")
    ])
    #expect(second.first?.followsAdded == 0)
    #expect(second.first?.accountsAdded == 0)
    #expect(try StoreFixtures.follows(db, .generic) == ["a>b"])
  }

  @Test func aFailureRollsBackEveryRequestOfTheRun() throws {
    // Given a database with one import
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(StoreFixtures.edges([("a", "b")]), day: "2024-01-01", hash: "e")
    ])
    let before = try db.summary()
    // When a run saves a valid request and then one that violates a constraint (bad hash)
    var bad = StoreFixtures.request(StoreFixtures.edges([("x", "y")]), day: "2024-01-02", hash: "f")
    bad.contentSHA256 = "not-a-sha256"
    let good = StoreFixtures.request(
      StoreFixtures.edges([("c", "d")]), day: "2024-01-02", hash: "0")
    #expect(throws: StoreError.self) { _ = try db.save([good, bad]) }
    // Then nothing of the run was kept
    #expect(try db.summary() == before)
    #expect(try StoreFixtures.follows(db, .generic) == ["a>b"])
  }

  @Test func postsAndTagsAreSavedOnce() throws {
    let db = try FollowDatabase.inMemory()
    let post = Post(
      id: "p1", author: StoreFixtures.owner.id, createdAt: Date(timeIntervalSince1970: 0),
      text: "hello #seo", hashtags: ["seo", "seo"], mentions: ["ana"], urls: ["https://e.com"])
    let batch = StoreFixtures.snapshot(following: ["2"], followers: [], posts: [post, post])
    let summary = try db.save([StoreFixtures.request(batch, day: "2024-01-01", hash: "1")])
    #expect(summary.first?.postsRead == 2)
    #expect(summary.first?.postsAdded == 1)
    let owners = try db.owners()
    #expect(owners.map(\.posts) == [1])
  }

  @Test func networksAreKeptApart() throws {
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.edges([("a", "b")], network: .generic), day: "2024-01-01", hash: "2"),
      StoreFixtures.request(
        StoreFixtures.edges([("a", "b"), ("b", "a")], network: .mastodon), day: "2024-01-01",
        hash: "3"),
    ])
    #expect(try StoreFixtures.follows(db, .generic) == ["a>b"])
    #expect(try StoreFixtures.follows(db, .mastodon) == ["a>b", "b>a"])
    #expect(try db.networks().map(\.network) == [.generic, .mastodon])
  }
}
