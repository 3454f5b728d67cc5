import FollowModel
import FollowStore
import Foundation
import GRDB
import Testing

/// The owner's lists that are not follows (Instagram's pending requests, blocked profiles, …):
/// stored per import in `owner_list_member`, read back from the newest import of each kind.
struct OwnerListStoreTests {
  static let owner = AccountID(network: .instagram, value: "test.owner")

  static func request(_ lists: [OwnerList], day: Int, hash: String) -> ImportRequest {
    var batch = ImportBatch(
      network: .instagram, format: "instagram",
      owner: ExportOwner(
        account: Account(id: owner, handle: "Test.Owner"), listsFollowing: true,
        listsFollowers: true),
      accounts: [Account(id: AccountID(network: .instagram, value: "ada"), handle: "Ada")])
    batch.ownerLists = lists
    let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(day) * 86_400)
    return ImportRequest(
      batch: batch, sourcePath: "test-\(hash)", contentSHA256: String(repeating: hash, count: 64),
      observedAt: date, startedAt: date)
  }

  @Test func listsAreStoredAndTheNewestImportOfEachKindIsRead() throws {
    let database = try FollowDatabase.inMemory()
    let listed = Date(timeIntervalSince1970: 1_690_000_000)
    _ = try database.save([
      Self.request(
        [
          OwnerList(
            kind: .pendingFollowRequests,
            entries: [OwnerListEntry(nativeID: "ada", handle: "Ada", listedAt: listed)]),
          OwnerList(kind: .blocked, entries: [OwnerListEntry(nativeID: "spam")]),
        ], day: 1, hash: "a"),
      Self.request(
        [
          OwnerList(
            kind: .pendingFollowRequests,
            entries: [OwnerListEntry(nativeID: "bob"), OwnerListEntry(nativeID: "ada")])
        ], day: 2, hash: "b"),
    ])
    let lists = try database.ownerLists(owner: Self.owner)
    #expect(lists.map(\.kind) == [.pendingFollowRequests, .blocked])
    // The second import's pending requests, in its order; the first import's blocked list.
    #expect(lists[0].entries.map(\.nativeID) == ["bob", "ada"])
    #expect(lists[0].entries[1].handle == "Ada")
    #expect(lists[0].entries[1].listedAt == nil)
    #expect(lists[1].entries.map(\.nativeID) == ["spam"])
    #expect(try database.ownerLists(owner: AccountID(network: .instagram, value: "ada")).isEmpty)
  }

  @Test func theTableRefusesAnUnknownKind() throws {
    let queue = try StoreFixtures.migratedQueue()
    try queue.write { db in
      try db.execute(
        sql: StoreFixtures.accountAndImportSQL(
          network: "instagram", nativeID: "a", format: "instagram")
            + """
            INSERT INTO owner_list_member (import_run_id, kind, account_id, seq)
              VALUES (1, 'blocked', 1, 0);
            """)
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO owner_list_member (import_run_id, kind, account_id, seq)
              VALUES (1, 'best_friends', 1, 1)
            """)
      }
    }
  }
}
