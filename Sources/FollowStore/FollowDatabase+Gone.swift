import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// Migration v7: `snapshot_gone`, the accounts a fetch looked up for an owner's snapshot and
  /// found gone; the observation time is the snapshot's (`import_run.observed_at`).
  static let goneSchema = """
    CREATE TABLE snapshot_gone (
      import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
      account_id    INTEGER NOT NULL REFERENCES account (id),
      reason        TEXT NOT NULL CHECK (reason IN ('not_found', 'suspended', 'deactivated',
                      'taken_down')),
      PRIMARY KEY (import_run_id, account_id)
    ) WITHOUT ROWID;
    CREATE INDEX snapshot_gone_by_account ON snapshot_gone (account_id);
    """

  /// Saves the gone accounts of one import (one row per account; the first reason wins).
  static func insertGone(
    _ gone: [GoneAccount], runID: Int64, accounts: inout AccountRowIDs, in db: Database
  ) throws {
    guard !gone.isEmpty else { return }
    let insert = try BulkStatement(
      db,
      sql: """
        INSERT OR IGNORE INTO snapshot_gone (import_run_id, account_id, reason)
        VALUES (?, ?, ?)
        """)
    for account in gone {
      insert.bind(1, runID)
      insert.bind(2, try accounts.rowID(for: account.id))
      insert.bind(3, account.reason.rawValue)
      try insert.execute()
    }
  }

  /// The gone accounts one import recorded, sorted by id.
  static func gone(runID: Int64, in db: Database) throws -> [GoneAccount] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT a.native_id, g.reason FROM snapshot_gone g
        JOIN account a ON a.id = g.account_id WHERE g.import_run_id = ?
        """, arguments: [runID])
    return rows.compactMap { row -> GoneAccount? in
      guard let reason = GoneReason(rawValue: row["reason"]) else { return nil }
      return GoneAccount(id: row["native_id"], reason: reason)
    }.sorted { NativeIDOrder.areInIncreasingOrder($0.id, $1.id) }
  }
}
