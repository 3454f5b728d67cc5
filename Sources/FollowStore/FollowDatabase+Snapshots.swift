import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// The history of an export owner: the lists each of its imports recorded.
  ///
  /// A list the export did not hold (no `follower.js`, a Mastodon export without followers)
  /// is `nil` in the snapshot, not empty. Each snapshot carries the accounts its fetch found
  /// gone (`snapshot_gone`).
  ///
  /// - Parameter owner: The owner's id.
  /// - Returns: The snapshots, oldest first (by observation time, then import); empty when
  ///   the account owns no import.
  /// - Throws: `DatabaseError` on read failure.
  /// - Complexity: O(*s* + *l* log *l*) for *s* snapshots holding *l* list entries in all.
  public func snapshots(owner: AccountID) throws -> [OwnerSnapshot] {
    try dbReader.read { db in
      let runs = try Row.fetchAll(
        db,
        sql: """
          SELECT r.id, r.observed_at, r.lists_following, r.lists_followers
          FROM import_run r JOIN account a ON a.id = r.owner_id
          WHERE a.network = ? AND a.native_id = ?
          ORDER BY r.observed_at, r.id
          """, arguments: [owner.network.rawValue, owner.value])
      return try runs.compactMap { run -> OwnerSnapshot? in
        let id: Int64 = run["id"]
        guard let observedAt = (run["observed_at"] as String?).flatMap(UTCTime.parse) else {
          return nil
        }
        var following: [String] = []
        var followers: [String] = []
        let members = try Row.fetchAll(
          db,
          sql: """
            SELECT m.relation, a.native_id FROM snapshot_member m
            JOIN account a ON a.id = m.account_id WHERE m.import_run_id = ?
            """, arguments: [id])
        for member in members {
          let native: String = member["native_id"]
          if (member["relation"] as String) == "following" {
            following.append(native)
          } else {
            followers.append(native)
          }
        }
        return OwnerSnapshot(
          importID: id, observedAt: observedAt,
          following: (run["lists_following"] as Bool)
            ? following.sorted(by: NativeIDOrder.areInIncreasingOrder) : nil,
          followers: (run["lists_followers"] as Bool)
            ? followers.sorted(by: NativeIDOrder.areInIncreasingOrder) : nil,
          gone: try Self.gone(runID: id, in: db))
      }
    }
  }
}
