import FollowModel
import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
  /// The current follows of one network, in compact form: accounts with at least one follow,
  /// indexed in row-id order, follows sorted by (follower, followed), as the SQLite store.
  ///
  /// - Complexity: O(*n* + *m*) for *n* accounts and *m* follows of the network, streamed.
  public func followTable(network: Network, progress: (@Sendable (Int) -> Void)?) throws
    -> FollowTable
  {
    try read { [logger] connection in
      var rowIDs: [Int64] = []
      var nativeIDs: [String] = []
      for try await (id, nativeID) in try await connection.query(
        "SELECT id, native_id FROM account WHERE network = \(network.rawValue) ORDER BY id",
        logger: logger
      ).decode((Int64, String).self) {
        rowIDs.append(id)
        nativeIDs.append(nativeID)
      }
      guard let minRow = rowIDs.first, let maxRow = rowIDs.last else { return .empty(network) }
      var position = [Int32](repeating: -1, count: Int(maxRow - minRow) + 1)
      for (index, rowID) in rowIDs.enumerated() { position[Int(rowID - minRow)] = Int32(index) }
      var followers: [UInt32] = []
      var followed: [UInt32] = []
      let rows = try await connection.query(
        """
        SELECT follower_id, followed_id FROM follow
        WHERE follower_id BETWEEN \(minRow) AND \(maxRow)
        ORDER BY follower_id, followed_id
        """, logger: logger)
      for try await (fromRow, toRow) in rows.decode((Int64, Int64).self) {
        let from = fromRow &- minRow
        let to = toRow &- minRow
        guard to >= 0, to < position.count else { continue }
        let a = position[Int(from)]
        let b = position[Int(to)]
        guard a >= 0, b >= 0 else { continue }
        followers.append(UInt32(a))
        followed.append(UInt32(b))
        if followers.count & 0x3FFFF == 0 { progress?(followers.count) }
      }
      return FollowTable.compacting(
        network: network, accountIDs: nativeIDs, followers: followers, followed: followed)
    }
  }

  /// Every stored account of a network with its names and audience counts, by native id.
  public func accounts(network: Network) throws -> [Account] {
    try read { [logger] connection in
      var accounts: [Account] = []
      let rows = try await connection.query(
        """
        SELECT \(unescaped: Self.accountColumns(of: "account"))
        FROM account WHERE network = \(network.rawValue) ORDER BY native_id
        """, logger: logger)
      for try await row in rows { accounts.append(try Self.account(from: row)) }
      return accounts
    }
  }

  /// The columns ``account(from:)`` reads, in order, of the table or alias `table`.
  static func accountColumns(of table: String) -> String {
    [
      "network", "native_id", "handle", "display_name", "followers_count", "following_count",
      "posts_count", "listed_count", "verified", "bot", "created_at", "last_post_at",
    ].map { "\(table).\($0)" }.joined(separator: ", ")
  }

  /// An ``Account`` from the first twelve columns of a row (``accountColumns(of:)``).
  static func account(from row: PostgresRow) throws -> Account {
    let random = row.makeRandomAccess()
    func text(_ index: Int) throws -> String? { try random[index].decode(String?.self) }
    func int(_ index: Int) throws -> Int? { try random[index].decode(Int64?.self).map(Int.init) }
    func flag(_ index: Int) throws -> Bool? { try random[index].decode(Bool?.self) }
    return Account(
      id: AccountID(network: Network(rawValue: try text(0) ?? ""), value: try text(1) ?? ""),
      handle: try text(2), displayName: try text(3), followersCount: try int(4),
      followingCount: try int(5), postsCount: try int(6), listedCount: try int(7),
      isVerified: try flag(8), isBot: try flag(9),
      createdAt: try text(10).flatMap(UTCTime.parse),
      lastPostAt: try text(11).flatMap(UTCTime.parse))
  }

  /// The networks with their totals, sorted by name.
  public func networks() throws -> [NetworkTotals] {
    try read { [logger] connection in try await Self.networks(connection, logger: logger) }
  }

  private static func networks(_ connection: PostgresConnection, logger: Logger) async throws
    -> [NetworkTotals]
  {
    do {
      var totals: [NetworkTotals] = []
      let rows = try await connection.query(
        """
        SELECT a.network, count(*) AS accounts,
               (SELECT count(*) FROM post p WHERE p.network = a.network) AS posts,
               (SELECT count(*) FROM follow f JOIN account x ON x.id = f.follower_id
                WHERE x.network = a.network) AS follows
        FROM account a GROUP BY a.network ORDER BY a.network
        """, logger: logger)
      for try await (network, accounts, posts, follows) in rows.decode(
        (String, Int64, Int64, Int64).self)
      {
        totals.append(
          NetworkTotals(
            network: Network(rawValue: network), accounts: Int(accounts), follows: Int(follows),
            posts: Int(posts)))
      }
      return totals
    }
  }

  /// The owners of imported exports, sorted by network and native id.
  public func owners() throws -> [OwnerRecord] {
    try read { [logger] connection in try await Self.owners(connection, logger: logger) }
  }

  private static func owners(_ connection: PostgresConnection, logger: Logger) async throws
    -> [OwnerRecord]
  {
    do {
      var owners: [OwnerRecord] = []
      let rows = try await connection.query(
        """
        SELECT \(unescaped: accountColumns(of: "a")),
               count(r.id), max(r.observed_at), bool_or(r.lists_following),
               bool_or(r.lists_followers),
               (SELECT count(*) FROM follow WHERE follower_id = a.id),
               (SELECT count(*) FROM follow WHERE followed_id = a.id),
               (SELECT count(*) FROM post WHERE author_id = a.id AND NOT is_share),
               (SELECT count(*) FROM post WHERE author_id = a.id AND is_repost)
        FROM import_run r JOIN account a ON a.id = r.owner_id
        GROUP BY a.id ORDER BY a.network, a.native_id
        """, logger: logger)
      for try await row in rows {
        let random = row.makeRandomAccess()
        func int(_ index: Int) throws -> Int { Int(try random[index].decode(Int64.self)) }
        owners.append(
          OwnerRecord(
            account: try account(from: row), imports: try int(12),
            lastObservedAt: try random[13].decode(String?.self).flatMap(UTCTime.parse),
            listsFollowing: try random[14].decode(Bool.self),
            listsFollowers: try random[15].decode(Bool.self), following: try int(16),
            followers: try int(17), posts: try int(18), reposts: try int(19)))
      }
      return owners
    }
  }

  /// Every stored import, oldest first.
  public func imports() throws -> [ImportRecord] {
    try read { [logger] connection in try await Self.imports(connection, logger: logger) }
  }

  private static func imports(_ connection: PostgresConnection, logger: Logger) async throws
    -> [ImportRecord]
  {
    do {
      var imports: [ImportRecord] = []
      let rows = try await connection.query(
        """
        SELECT id, source_path, format, network, observed_at, finished_at, accounts_added,
               follows_added, posts_added, warnings
        FROM import_run ORDER BY id
        """, logger: logger)
      for try await row in rows.decode(
        (Int64, String, String, String, String, String, Int64, Int64, Int64, Int64).self)
      {
        imports.append(
          ImportRecord(
            id: row.0, source: row.1, format: row.2, network: Network(rawValue: row.3),
            observedAt: UTCTime.parse(row.4), finishedAt: UTCTime.parse(row.5),
            accountsAdded: Int(row.6), followsAdded: Int(row.7), postsAdded: Int(row.8),
            warnings: Int(row.9)))
      }
      return imports
    }
  }

  /// What the database holds: networks, export owners and imports, read in one snapshot
  /// (an import committing meanwhile is either wholly in it or not at all).
  public func summary() throws -> DatabaseSummary {
    try read { [logger] connection in
      try await connection.query(
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
      do {
        let summary = DatabaseSummary(
          networks: try await Self.networks(connection, logger: logger),
          owners: try await Self.owners(connection, logger: logger),
          imports: try await Self.imports(connection, logger: logger))
        try await connection.query("COMMIT", logger: logger)
        return summary
      } catch {
        _ = try? await connection.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }
}
