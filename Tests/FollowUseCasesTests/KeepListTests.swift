import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// The keep-list stored in the database (`keep add|remove|list`) and its merge with the
/// `--keep` file, on the in-memory SQLite store.
struct KeepListTests {
  /// The owner follows a celebrity, a friend who follows back and two ordinary accounts that
  /// do not (`plain`, `quiet`).
  static func store() throws -> FollowDatabase {
    let accounts = [
      Account(
        id: AccountID(network: .x, value: "10"), handle: "star", followersCount: 3_000_000,
        followingCount: 10),
      Account(
        id: AccountID(network: .x, value: "11"), handle: "friend", followersCount: 200,
        followingCount: 150),
      Account(
        id: AccountID(network: .x, value: "12"), handle: "plain", followersCount: 90,
        followingCount: 80),
      Account(
        id: AccountID(network: .x, value: "13"), handle: "quiet", followersCount: 70,
        followingCount: 60),
    ]
    return try UseCaseStore.holding([
      UseCaseStore.snapshot(
        following: ["10", "11", "12", "13"], followers: ["11"], accounts: accounts)
    ])
  }

  static let fame = FameSettings(
    criteria: WebFameCriteria(minPercentile: 70, minRatio: 10), whitelist: .empty, damping: nil)

  @Test(
    "add stores selectors once (handles case-insensitively), reports repeats and selectors matching no account yet"
  )
  func addReportsUnmatched() throws {
    let keep = KeepList(store: try Self.store())
    let first = try keep.add(
      [.handle("plain"), .id("ghost@nowhere.example", network: .mastodon), .handle("plain")],
      addedAt: TestStore.now)
    #expect(first.changed == [.handle("plain"), .id("ghost@nowhere.example", network: .mastodon)])
    #expect(first.unchanged.isEmpty)
    #expect(first.unmatched == [.id("ghost@nowhere.example", network: .mastodon)])
    let again = try keep.add([.handle("PLAIN"), .handle("star")], addedAt: TestStore.now)
    #expect(again.changed == [.handle("star")])
    #expect(again.unchanged == [.handle("plain")])
    let listed = try keep.list()
    #expect(
      listed.map(\.entry.selector.description) == [
        "@plain", "@star", "mastodon:ghost@nowhere.example",
      ])
    #expect(listed.map(\.matches.count) == [1, 1, 0])
    #expect(listed[0].matches == [AccountID(network: .x, value: "12")])
    #expect(listed[0].entry.addedAt == TestStore.now)
  }

  @Test("remove deletes listed selectors and reports the absent ones")
  func removeReportsAbsent() throws {
    let keep = KeepList(store: try Self.store())
    _ = try keep.add([.handle("plain"), .id("13", network: .x)], addedAt: TestStore.now)
    let change = try keep.remove([.handle("plain"), .handle("nobody")])
    #expect(change.changed == [.handle("plain")])
    #expect(change.unchanged == [.handle("nobody")])
    #expect(try keep.list().map(\.entry.selector) == [.id("13", network: .x)])
  }

  @Test("the stored list and the file merge: both accounts leave not-following-back")
  func storedAndFileMerge() throws {
    let store = try Self.store()
    _ = try KeepList(store: store).add([.handle("plain")], addedAt: TestStore.now)
    var fame = Self.fame
    fame.whitelist = try WebFameWhitelist(parsing: "x:13  # from the file\n@plain\n", source: "k")
    let scope = try FollowQueries(store: store).reciprocity(
      network: nil, account: nil, fame: fame)
    let owner = try #require(scope.owner)
    let triage = try #require(owner.triage)
    #expect(owner.kept.map(\.id.value) == ["12", "13"])
    #expect(owner.notFollowingBack.map(\.id.value) == ["10"])
    #expect(triage.kept.map(\.id) == ["12", "13"])
    #expect(triage.entries(.ordinary).isEmpty)
    #expect(triage.keptFollowing == 2)
    // Only the friend is left besides web famous and kept: 1 mutual of 1.
    #expect(triage.followBackRateExcludingWebFamous == 1)
  }

  @Test("without a keep-list the ordinary accounts stay not following back")
  func emptyListChangesNothing() throws {
    let store = try Self.store()
    let merged = try KeepList.merged(Self.fame, store: store)
    #expect(merged.whitelist.entries.isEmpty)
    let owner = try #require(
      try FollowQueries(store: store).reciprocity(network: nil, account: nil, fame: Self.fame)
        .owner)
    #expect(owner.kept.isEmpty)
    #expect(owner.notFollowingBack.map(\.id.value) == ["10", "12", "13"])
    #expect(owner.triage?.entries(.ordinary).map(\.id) == ["12", "13"])
  }

  @Test("a stored selector also in the file is merged once, the file's entry first")
  func mergeDeduplicates() throws {
    let store = try Self.store()
    _ = try KeepList(store: store).add(
      [.handle("plain"), .handle("quiet")], addedAt: TestStore.now)
    var fame = Self.fame
    fame.whitelist = try WebFameWhitelist(parsing: "@plain\n", source: "k")
    let merged = try KeepList.merged(fame, store: store)
    #expect(merged.whitelist.entries.map(\.selector) == [.handle("plain"), .handle("quiet")])
    #expect(merged.whitelist.entries.map(\.line) == [1, 0])
  }
}
