import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// The current follows of one network, in compact form.
  ///
  /// Accounts without any follow are left out (they are not part of the follow graph); the
  /// remaining accounts are indexed in row-id order and follows come sorted by (follower,
  /// followed).
  ///
  /// - Parameters:
  ///   - network: The network to load.
  ///   - progress: Receives the number of follows read so far, every 2^18 rows.
  /// - Returns: The table; empty when the network has no follows.
  /// - Throws: `DatabaseError` on read failure.
  /// - Complexity: O(*n* + *m*) for *n* accounts and *m* follows in the database.
  public func followTable(network: Network, progress: (@Sendable (Int) -> Void)? = nil) throws
    -> FollowTable
  {
    try dbReader.read { db in
      var rowIDs: [Int64] = []
      var nativeIDs: [String] = []
      let accounts = try BulkStatement(
        db, sql: "SELECT id, native_id FROM account WHERE network = ? ORDER BY id")
      accounts.bind(1, network.rawValue)
      try accounts.forEachRow { row in
        rowIDs.append(Int64(BulkStatement.optionalInt(row, 0) ?? 0))
        nativeIDs.append(BulkStatement.text(row, 1) ?? "")
      }
      guard let minRow = rowIDs.first, let maxRow = rowIDs.last else {
        return .empty(network)
      }
      // Dense position of each row id in this network, -1 elsewhere.
      var position = [Int32](repeating: -1, count: Int(maxRow - minRow) + 1)
      for (index, rowID) in rowIDs.enumerated() { position[Int(rowID - minRow)] = Int32(index) }
      var followers: [UInt32] = []
      var followed: [UInt32] = []
      let follows = try BulkStatement(
        db,
        sql: "SELECT follower_id, followed_id FROM follow WHERE follower_id BETWEEN ? AND ?")
      follows.bind(1, minRow)
      follows.bind(2, maxRow)
      // The hottest loop of every analysis: columns are NOT NULL integers, read directly.
      try position.withUnsafeBufferPointer { position in
        try follows.forEachRow { row in
          let from = BulkStatement.int64(row, 0) &- minRow
          let to = BulkStatement.int64(row, 1) &- minRow
          guard to >= 0, to < position.count else { return }
          let a = position[Int(from)]
          let b = position[Int(to)]
          guard a >= 0, b >= 0 else { return }
          followers.append(UInt32(a))
          followed.append(UInt32(b))
          if followers.count & 0x3FFFF == 0 { progress?(followers.count) }
        }
      }
      // Compact away accounts without follows, keeping row-id order.
      return FollowTable.compacting(
        network: network, accountIDs: nativeIDs, followers: followers, followed: followed)
    }
  }

  /// Every stored account of a network with its names and audience counts.
  ///
  /// - Parameter network: The network.
  /// - Returns: Accounts sorted by native id.
  /// - Throws: `DatabaseError` on read failure.
  public func accounts(network: Network) throws -> [Account] {
    try dbReader.read { db in
      // Stepped through the C API with fixed column positions: decoding a GRDB `Row` by
      // column name costs microseconds per account, seconds for a crawl.
      let select = try BulkStatement(
        db,
        sql: """
          SELECT native_id, handle, display_name, followers_count, following_count, posts_count,
                 listed_count, verified, bot, created_at, last_post_at
          FROM account WHERE network = ? ORDER BY native_id
          """)
      select.bind(1, network.rawValue)
      var accounts: [Account] = []
      try select.forEachRow { row in
        let text = { (column: Int32) in BulkStatement.text(row, column) }
        let int = { (column: Int32) in BulkStatement.optionalInt(row, column) }
        accounts.append(
          Account(
            id: AccountID(network: network, value: text(0) ?? ""), handle: text(1),
            displayName: text(2), followersCount: int(3), followingCount: int(4),
            postsCount: int(5), listedCount: int(6), isVerified: int(7).map { $0 != 0 },
            isBot: int(8).map { $0 != 0 }, createdAt: text(9).flatMap(UTCTime.parse),
            lastPostAt: text(10).flatMap(UTCTime.parse)))
      }
      return accounts
    }
  }

  /// The networks in the database with their totals, sorted by name.
  ///
  /// - Returns: One entry per network that has accounts.
  /// - Throws: `DatabaseError` on read failure.
  public func networks() throws -> [NetworkTotals] {
    try dbReader.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.network, count(*) AS accounts,
                 (SELECT count(*) FROM post p WHERE p.network = a.network) AS posts
          FROM account a GROUP BY a.network ORDER BY a.network
          """)
      return try rows.map { row in
        let network: String = row["network"]
        // With one network every follow is in it: count the index instead of joining each
        // follow to its account.
        let follows =
          rows.count == 1
          ? try Int.fetchOne(db, sql: "SELECT count(*) FROM follow") ?? 0
          : try Int.fetchOne(
            db,
            sql: """
              SELECT count(*) FROM follow f JOIN account x ON x.id = f.follower_id
              WHERE x.network = ?
              """, arguments: [network]) ?? 0
        return NetworkTotals(
          network: Network(rawValue: network), accounts: row["accounts"], follows: follows,
          posts: row["posts"])
      }
    }
  }

  /// The owners of imported exports, sorted by network and native id.
  ///
  /// - Returns: One record per owner.
  /// - Throws: `DatabaseError` on read failure.
  public func owners() throws -> [OwnerRecord] {
    try dbReader.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.*, count(r.id) AS imports, max(r.observed_at) AS last_observed_at,
                 max(r.lists_following) AS any_following, max(r.lists_followers) AS any_followers,
                 (SELECT count(*) FROM follow WHERE follower_id = a.id) AS current_following,
                 (SELECT count(*) FROM follow WHERE followed_id = a.id) AS current_followers,
                 (SELECT count(*) FROM post WHERE author_id = a.id AND is_share = 0) AS post_count,
                 (SELECT count(*) FROM post WHERE author_id = a.id AND is_repost = 1) AS reposts
          FROM import_run r JOIN account a ON a.id = r.owner_id
          GROUP BY a.id ORDER BY a.network, a.native_id
          """
      ).map { row in
        OwnerRecord(
          account: Self.account(from: row), imports: row["imports"],
          lastObservedAt: (row["last_observed_at"] as String?).flatMap(UTCTime.parse),
          listsFollowing: row["any_following"], listsFollowers: row["any_followers"],
          following: row["current_following"], followers: row["current_followers"],
          posts: row["post_count"], reposts: row["reposts"])
      }
    }
  }

  /// Every stored import, oldest first.
  ///
  /// - Returns: One record per `import_run` row.
  /// - Throws: `DatabaseError` on read failure.
  public func imports() throws -> [ImportRecord] {
    try dbReader.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM import_run ORDER BY id").map { row in
        ImportRecord(
          id: row["id"], source: row["source_path"], format: row["format"],
          network: Network(rawValue: row["network"]),
          observedAt: (row["observed_at"] as String?).flatMap(UTCTime.parse),
          finishedAt: (row["finished_at"] as String?).flatMap(UTCTime.parse),
          accountsAdded: row["accounts_added"], followsAdded: row["follows_added"],
          postsAdded: row["posts_added"], warnings: row["warnings"])
      }
    }
  }

  /// Builds an ``Account`` from an `account` row.
  static func account(from row: Row) -> Account {
    Account(
      id: AccountID(network: Network(rawValue: row["network"]), value: row["native_id"]),
      handle: row["handle"], displayName: row["display_name"],
      followersCount: row["followers_count"], followingCount: row["following_count"],
      postsCount: row["posts_count"], listedCount: row["listed_count"],
      isVerified: row["verified"], isBot: row["bot"],
      createdAt: (row["created_at"] as String?).flatMap(UTCTime.parse),
      lastPostAt: (row["last_post_at"] as String?).flatMap(UTCTime.parse))
  }
}

extension FollowDatabase {
  /// What the database holds: networks, export owners and imports.
  ///
  /// - Returns: The summary.
  /// - Throws: `DatabaseError` on read failure.
  public func summary() throws -> DatabaseSummary {
    DatabaseSummary(networks: try networks(), owners: try owners(), imports: try imports())
  }
}

extension FollowDatabase {
  /// When a current follow was first and last seen in an imported export.
  ///
  /// - Parameter follow: The follow.
  /// - Returns: The first and last observation, or `nil` when the follow is not current.
  /// - Throws: `DatabaseError` on read failure.
  public func observation(of follow: Follow) throws -> (first: Date, last: Date)? {
    try dbReader.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT f.first_seen, f.last_seen FROM follow f
            JOIN account a ON a.id = f.follower_id JOIN account b ON b.id = f.followed_id
            WHERE a.network = ? AND a.native_id = ? AND b.network = ? AND b.native_id = ?
            """,
          arguments: [
            follow.follower.network.rawValue, follow.follower.value,
            follow.followed.network.rawValue, follow.followed.value,
          ])
      else { return nil }
      let first: Int64 = row["first_seen"]
      let last: Int64 = row["last_seen"]
      return (
        Date(timeIntervalSince1970: TimeInterval(first)),
        Date(timeIntervalSince1970: TimeInterval(last))
      )
    }
  }
}
