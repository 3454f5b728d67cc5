import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// Records when follows were made, for exports that say so (Bluesky's `createdAt`); the
  /// earliest date seen is kept.
  static func recordFollowDates(
    _ dates: [Follow: Date], accounts: inout AccountRowIDs, in db: Database
  ) throws {
    guard !dates.isEmpty else { return }
    let update = try BulkStatement(
      db,
      sql: """
        UPDATE follow SET created_at = min(coalesce(created_at, ?3), ?3)
        WHERE follower_id = ?1 AND followed_id = ?2
        """)
    for (follow, date) in dates.sorted(by: { $0.key < $1.key })
    where follow.follower.network == accounts.network && follow.followed.network == accounts.network
    {
      update.bind(1, try accounts.rowID(for: follow.follower.value))
      update.bind(2, try accounts.rowID(for: follow.followed.value))
      update.bind(3, UTCTime.timestamp(date))
      try update.execute()
    }
  }

  /// When a current follow was made, as the export that listed it says.
  ///
  /// - Parameter follow: The follow.
  /// - Returns: The date, or `nil` when the follow is not current or no export gave one.
  /// - Throws: `DatabaseError` on read failure.
  public func createdAt(of follow: Follow) throws -> Date? {
    try dbReader.read { db in
      let text = try String.fetchOne(
        db,
        sql: """
          SELECT f.created_at FROM follow f
          JOIN account a ON a.id = f.follower_id JOIN account b ON b.id = f.followed_id
          WHERE a.network = ? AND a.native_id = ? AND b.network = ? AND b.native_id = ?
          """,
        arguments: [
          follow.follower.network.rawValue, follow.follower.value,
          follow.followed.network.rawValue, follow.followed.value,
        ])
      return text.flatMap(UTCTime.parse)
    }
  }
}
