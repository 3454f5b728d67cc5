import FollowModel
import FollowStore
import Foundation
import GRDB
import Testing

/// Migration v7: `snapshot_gone` keeps the accounts a fetch found gone with the snapshot that
/// found them, and refuses what is not one of the reasons or not a stored import.
struct GoneStoreTests {
  static let owner = AccountID(network: .mastodon, value: "alice@example.social")

  static func request(gone: [GoneAccount], day: Int, hash: String) -> ImportRequest {
    var builder = FollowTableBuilder(network: .mastodon)
    builder.add(follower: "bob@example.social", followed: owner.value)
    var batch = ImportBatch(
      network: .mastodon, format: "mastodon-fetch",
      owner: ExportOwner(account: Account(id: owner), listsFollowing: true, listsFollowers: true),
      follows: builder.build().table)
    batch.gone = gone
    let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(day) * 86_400)
    return ImportRequest(
      batch: batch, sourcePath: "test-\(hash)", contentSHA256: String(repeating: hash, count: 64),
      observedAt: date, startedAt: date)
  }

  @Test func goneAccountsAreReadBackWithTheirSnapshot() throws {
    let database = try FollowDatabase.inMemory()
    _ = try database.save(
      [
        Self.request(gone: [], day: 0, hash: "a"),
        Self.request(
          gone: [
            GoneAccount(id: "zed@example.social", reason: .suspended),
            GoneAccount(id: "ann@other.example", reason: .notFound),
          ], day: 7, hash: "b"),
      ], progress: nil)
    let snapshots = try database.snapshots(owner: Self.owner)
    #expect(snapshots.map(\.gone.count) == [0, 2])
    #expect(
      snapshots[1].gone == [
        GoneAccount(id: "ann@other.example", reason: .notFound),
        GoneAccount(id: "zed@example.social", reason: .suspended),
      ])
    // The gone accounts are stored accounts, not follows.
    #expect(
      try database.accounts(network: .mastodon).contains { $0.id.value == "ann@other.example" })
    #expect(try database.followTable(network: .mastodon, progress: nil).count == 1)
  }

  @Test func theTableRefusesAnUnknownReasonAndAMissingImport() throws {
    let queue = try StoreFixtures.migratedQueue()
    try queue.write { db in
      try db.execute(
        sql: StoreFixtures.accountAndImportSQL(
          network: "mastodon", nativeID: "a@b.example", format: "mastodon-fetch")
            + """
            INSERT INTO snapshot_gone (import_run_id, account_id, reason) VALUES (1, 1, 'taken_down');
            """)
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { db in
        try db.execute(
          sql: "INSERT INTO snapshot_gone (import_run_id, account_id, reason) VALUES (1, 1, 'left')"
        )
      }
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO snapshot_gone (import_run_id, account_id, reason)
              VALUES (99, 1, 'not_found')
            """)
      }
    }
  }
}
