import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// The `owner_list_member` table: one row per account on one of an export owner's lists
  /// that are not follows (``OwnerList``), per import.
  static let ownerListSchema = """
    CREATE TABLE owner_list_member (
      import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
      kind          TEXT NOT NULL CHECK (kind IN ('pending_follow_requests',
                      'received_follow_requests', 'recently_unfollowed', 'close_friends',
                      'blocked', 'restricted')),
      account_id    INTEGER NOT NULL REFERENCES account (id),
      seq           INTEGER NOT NULL CHECK (seq >= 0),
      listed_at     TEXT,
      PRIMARY KEY (import_run_id, kind, account_id)
    ) WITHOUT ROWID;
    CREATE INDEX owner_list_member_by_account ON owner_list_member (account_id);
    """

  /// Saves the owner's lists of one import.
  static func insertOwnerLists(
    _ lists: [OwnerList], runID: Int64, accounts: inout AccountRowIDs, in db: Database
  ) throws {
    guard !lists.isEmpty else { return }
    let insert = try BulkStatement(
      db,
      sql: """
        INSERT OR IGNORE INTO owner_list_member (import_run_id, kind, account_id, seq, listed_at)
        VALUES (?, ?, ?, ?, ?)
        """)
    for list in lists {
      for (seq, entry) in list.entries.enumerated() {
        insert.bind(1, runID)
        insert.bind(2, list.kind.rawValue)
        insert.bind(3, try accounts.rowID(for: entry.nativeID))
        insert.bind(4, Int64(seq))
        insert.bind(5, entry.listedAt.map(UTCTime.timestamp))
        try insert.execute()
      }
    }
  }

  /// The owner's lists as the newest import of each kind recorded them.
  ///
  /// - Parameter owner: The export owner.
  /// - Returns: The lists, in ``OwnerList/Kind`` order, entries in the export's order with
  ///   their handles; a kind no import recorded is absent.
  /// - Throws: `DatabaseError` on read failure.
  public func ownerLists(owner: AccountID) throws -> [OwnerList] {
    try dbReader.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT m.kind, a.native_id, a.handle, m.listed_at FROM owner_list_member m
          JOIN account a ON a.id = m.account_id
          WHERE m.import_run_id = (
            SELECT r.id FROM import_run r JOIN owner_list_member n ON n.import_run_id = r.id
            JOIN account o ON o.id = r.owner_id
            WHERE o.network = ? AND o.native_id = ? AND n.kind = m.kind
            ORDER BY r.observed_at DESC, r.id DESC LIMIT 1)
          ORDER BY m.kind, m.seq
          """, arguments: [owner.network.rawValue, owner.value])
      var entries: [String: [OwnerListEntry]] = [:]
      for row in rows {
        let kind: String = row["kind"]
        entries[kind, default: []].append(
          OwnerListEntry(
            nativeID: row["native_id"], handle: row["handle"],
            listedAt: (row["listed_at"] as String?).flatMap(UTCTime.parse)))
      }
      return OwnerList.Kind.allCases.compactMap { kind in
        entries[kind.rawValue].map { OwnerList(kind: kind, entries: $0) }
      }
    }
  }
}
