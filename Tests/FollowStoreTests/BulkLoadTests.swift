import FollowModel
import Foundation
import GRDB
import Testing

@testable import FollowStore

/// The bulk path of a save into an empty `follow` table: index dropped and rebuilt, settings
/// restored, same rows as the upsert path, and a rollback that leaves the schema intact.
struct BulkLoadTests {
  private static func indexSQL(_ db: FollowDatabase) throws -> String? {
    try db.dbWriter.read { db in
      try String.fetchOne(
        db,
        sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'follow_by_followed'")
    }
  }

  private static func pragma(_ db: FollowDatabase, _ name: String) throws -> Int? {
    try db.dbWriter.read { db in try Int.fetchOne(db, sql: "PRAGMA \(name)") }
  }

  @Test func theIndexIsRebuiltAndSettingsAreRestored() throws {
    let db = try FollowDatabase.inMemory()
    let schemaIndex = try #require(try Self.indexSQL(db))
    let cache = try Self.pragma(db, "cache_size")
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.edges([("a", "b"), ("b", "a"), ("c", "a")]), day: "2024-01-01", hash: "a")
    ])
    #expect(try Self.indexSQL(db) == schemaIndex)
    #expect(try Self.pragma(db, "foreign_keys") == 1)
    #expect(try Self.pragma(db, "cache_size") == cache)
    // The index answers "who follows a" with the stored rows.
    let followers = try db.dbWriter.read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT follower_id FROM follow INDEXED BY follow_by_followed
          WHERE followed_id = (SELECT id FROM account WHERE native_id = 'a') ORDER BY follower_id
          """)
    }
    #expect(followers.count == 2)
    #expect(
      try db.dbWriter.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        == "ok")
  }

  @Test func bulkAndUpsertPathsStoreTheSameRows() throws {
    let pairs = [("5", "3"), ("3", "5"), ("9", "3"), ("3", "10"), ("10", "9"), ("2", "9")]
    // Bulk: one save into an empty table.
    let bulk = try FollowDatabase.inMemory()
    _ = try bulk.save([
      StoreFixtures.request(StoreFixtures.edges(pairs), day: "2024-01-01", hash: "b")
    ])
    // Upsert: the table already holds an unrelated follow.
    let upsert = try FollowDatabase.inMemory()
    _ = try upsert.save([
      StoreFixtures.request(
        StoreFixtures.edges([("x", "y")], network: .mastodon), day: "2024-01-01", hash: "c")
    ])
    _ = try upsert.save([
      StoreFixtures.request(StoreFixtures.edges(pairs), day: "2024-01-01", hash: "b")
    ])
    #expect(try StoreFixtures.follows(bulk, .generic) == StoreFixtures.follows(upsert, .generic))
    #expect(try StoreFixtures.follows(bulk, .generic).count == pairs.count)
  }

  @Test func anOwnerSavedFirstStillGivesSortedCorrectRows() throws {
    // The owner's row id comes first, so row ids do not follow table order: the bulk path
    // sorts the pairs itself.
    let db = try FollowDatabase.inMemory()
    _ = try db.save([
      StoreFixtures.request(
        StoreFixtures.snapshot(following: ["8", "2"], followers: ["2", "5"]), day: "2024-01-01",
        hash: "d")
    ])
    #expect(try StoreFixtures.follows(db) == ["1>2", "1>8", "2>1", "5>1"])
    #expect(
      try db.dbWriter.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        == "ok")
  }

  @Test func aRollbackAfterABulkInsertKeepsTheIndex() throws {
    let db = try FollowDatabase.inMemory()
    let schemaIndex = try Self.indexSQL(db)
    let good = StoreFixtures.request(
      StoreFixtures.edges([("c", "d"), ("d", "c")]), day: "2024-01-02", hash: "0")
    var bad = StoreFixtures.request(StoreFixtures.edges([("x", "y")]), day: "2024-01-02", hash: "f")
    bad.contentSHA256 = "not-a-sha256"
    #expect(throws: StoreError.self) { _ = try db.save([good, bad]) }
    #expect(try Self.indexSQL(db) == schemaIndex)
    #expect(try StoreFixtures.follows(db, .generic).isEmpty)
    #expect(try Self.pragma(db, "foreign_keys") == 1)
  }

  @Test func accountsAreInsertedInByteOrder() {
    let ids = [
      "1234567890123", "1234567890124", "12345678", "123456789", "9", "10", "é", "e", "a\u{0}",
      "a", "did:plc:zz", "did:plc:aa", "Z",
    ]
    let order = AccountRowIDs.byteOrder(Array(ids.indices), of: ids)
    let expected = ids.indices.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
    #expect(order == expected)
  }

  @Test func followsComeOutInRowIDOrderWhateverTheIndexOrder() {
    var builder = FollowTableBuilder(network: .generic)
    let pairs = [("a", "b"), ("b", "c"), ("c", "a"), ("a", "c"), ("d", "a"), ("b", "d")]
    for (a, b) in pairs { builder.add(follower: a, followed: b) }
    let table = builder.build().table
    let rowIDs: [Int64] = [40, 7, 19, 3]  // a, b, c, d
    var seen: [String] = []
    FollowDatabase.forEachInRowIDOrder(table, rowIDs: rowIDs) { seen.append("\($0)>\($1)") }
    #expect(seen == ["3>40", "7>3", "7>19", "19>40", "40>7", "40>19"])
  }

  @Test func aTableNotSortedByFollowerIsSortedAsWell() {
    let table = FollowTable(
      network: .generic, accountIDs: ["a", "b", "c", "d"], followers: [2, 0, 1, 0, 3],
      followed: [0, 2, 3, 1, 0])
    let rowIDs: [Int64] = [40, 7, 19, 3]
    var seen: [String] = []
    FollowDatabase.forEachInRowIDOrder(table, rowIDs: rowIDs) { seen.append("\($0)>\($1)") }
    #expect(seen == ["3>40", "7>3", "19>40", "40>7", "40>19"])
  }

  @Test func progressReportsTheStepsInOrder() throws {
    let db = try FollowDatabase.inMemory()
    let steps = StepLog()
    _ = try db.save(
      [StoreFixtures.request(StoreFixtures.edges([("a", "b")]), day: "2024-01-01", hash: "e")],
      progress: { steps.append($0.step) })
    #expect(steps.distinct == [.accounts, .follows, .index, .details, .commit])
  }
}

/// Collects progress steps from a `@Sendable` callback.
private final class StepLog: @unchecked Sendable {
  private let lock = NSLock()
  private var steps: [SaveProgress.Step] = []

  func append(_ step: SaveProgress.Step) {
    lock.lock()
    defer { lock.unlock() }
    steps.append(step)
  }

  /// The steps with consecutive repeats removed.
  var distinct: [SaveProgress.Step] {
    lock.lock()
    defer { lock.unlock() }
    var result: [SaveProgress.Step] = []
    for step in steps where result.last != step { result.append(step) }
    return result
  }
}
