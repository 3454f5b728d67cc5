import FollowModel
import Foundation
import Logging
import PostgresNIO

/// The analyses that run inside the database (issue 17): the server aggregates, only results
/// come back, so the process's memory does not grow with the graph.
///
/// The SQL stays inside what Citus runs on distributed tables (README "Scaling out"): `follow`
/// is read grouped or joined by `follower_id`, its reverse side (`follow_reverse` when that
/// table exists, the Citus layout, else `follow` itself through `follow_by_followed`) grouped
/// or joined by `followed_id`, so every join and grouping is on a distribution column; the
/// `account` table (a reference table) is joined only to filter by network or to name rows.
extension PostgresStore: InDatabaseAnalysing {
  /// How a network's follows are read: the reverse relation, and whether rows must be filtered
  /// by network (only when the database holds several networks).
  struct AnalysisScope: Sendable {
    /// `follow_reverse` (Citus layout) or `follow`.
    var reverse: String
    /// The network to filter on, or `nil` when every account is of this network.
    var filter: Network?
    /// The network.
    var network: Network

    /// Joins that keep the follows of alias `alias` between accounts of the network.
    func networkJoins(_ alias: String) -> String {
      guard filter != nil else { return "" }
      return """
         JOIN account \(alias)_a ON \(alias)_a.id = \(alias).follower_id AND \(alias)_a.network = $1 \
        JOIN account \(alias)_b ON \(alias)_b.id = \(alias).followed_id AND \(alias)_b.network = $1
        """
    }

    /// The bindings of a query built with ``networkJoins(_:)``.
    var bindings: PostgresBindings { filter.map { binds($0.rawValue) } ?? binds() }

    /// Every account of the network with a follow, with its out-degree, in-degree and mutual
    /// follows: `id, following, followers, mutual`.
    ///
    /// Two aggregates, one grouped by the follower (on `follow`), one by the account followed
    /// (on the reverse relation), joined on the account: each is per shard on Citus.
    ///
    /// - Complexity: O(*m*) rows read twice, O(*n*) groups.
    var perAccountSQL: String {
      """
      SELECT coalesce(o.id, i.id) AS id, coalesce(o.following, 0) AS following,
             coalesce(i.followers, 0) AS followers, coalesce(o.mutual, 0) AS mutual
      FROM (SELECT f.follower_id AS id, count(*) AS following, count(r.follower_id) AS mutual
            FROM follow f\(networkJoins("f"))
            LEFT JOIN \(reverse) r ON r.followed_id = f.follower_id AND r.follower_id = f.followed_id
            GROUP BY f.follower_id) o
      FULL JOIN (SELECT v.followed_id AS id, count(*) AS followers
                 FROM \(reverse) v\(networkJoins("v"))
                 GROUP BY v.followed_id) i ON i.id = o.id
      """
    }

    /// The graph-wide counts: `accounts, follows, reciprocated_follows`.
    var countsSQL: String {
      """
      SELECT count(*), coalesce(sum(t.following), 0)::bigint, coalesce(sum(t.mutual), 0)::bigint
      FROM (\(perAccountSQL)) t
      """
    }
  }

  /// The scope of a network's analysis.
  func analysisScope(_ network: Network, connection: PostgresConnection) async throws
    -> AnalysisScope
  {
    // min/max read the ends of the (network, native_id) index: O(log n), not a scan.
    let only = try await connection.one(
      """
      SELECT min(network) = max(network) AND min(network) = \(network.rawValue) FROM account
      """, as: Bool.self, logger: logger)
    let reverse = try await connection.one(
      "SELECT to_regclass('follow_reverse') IS NOT NULL", as: Bool.self, logger: logger)
    return AnalysisScope(
      reverse: reverse == true ? "follow_reverse" : "follow", filter: only == true ? nil : network,
      network: network)
  }

  /// The planner's row estimate of `follow` once analysed, else an exact count.
  public func storedFollowEstimate() throws -> Int {
    try read { [logger] connection in
      let estimate = try await connection.one(
        "SELECT reltuples::bigint FROM pg_class WHERE oid = 'follow'::regclass", as: Int64.self,
        logger: logger)
      if let estimate, estimate >= 0 { return Int(estimate) }
      return Int(
        try await connection.one("SELECT count(*) FROM follow", as: Int64.self, logger: logger)
          ?? 0)
    }
  }

  /// The graph-wide counts, aggregated on the server.
  ///
  /// - Complexity: O(*m*) on the server, O(1) rows back.
  public func reciprocityCounts(network: Network) throws -> ReciprocityCounts {
    try read { [self] connection in
      let scope = try await analysisScope(network, connection: connection)
      let rows = try await connection.query(
        PostgresQuery(unsafeSQL: scope.countsSQL, binds: scope.bindings), logger: logger)
      for try await (accounts, follows, reciprocated) in rows.decode((Int64, Int64, Int64).self) {
        return ReciprocityCounts(
          accounts: Int(accounts), follows: Int(follows), reciprocatedFollows: Int(reciprocated))
      }
      return ReciprocityCounts(accounts: 0, follows: 0, reciprocatedFollows: 0)
    }
  }

  /// Streams every account's counts, by account row.
  ///
  /// - Complexity: O(*m* + *n* log *n*) on the server; rows are passed on as they arrive.
  public func forEachAccountCounts(
    network: Network, _ body: @escaping @Sendable (AccountFollowCounts) throws -> Void
  ) throws {
    try read { [self] connection in
      let scope = try await analysisScope(network, connection: connection)
      let rows = try await connection.query(
        PostgresQuery(
          unsafeSQL: """
            SELECT a.native_id, t.following, t.followers, t.mutual
            FROM (\(scope.perAccountSQL)) t JOIN account a ON a.id = t.id
            ORDER BY t.id
            """, binds: scope.bindings), logger: logger)
      for try await (id, following, followers, mutual) in rows.decode(
        (String, Int64, Int64, Int64).self)
      {
        try body(
          AccountFollowCounts(
            id: id, following: Int(following), followers: Int(followers), mutual: Int(mutual)))
      }
    }
  }

  /// The stored record of one account.
  public func account(_ id: AccountID) throws -> Account? {
    try read { [logger] connection in
      let rows = try await connection.query(
        """
        SELECT \(unescaped: Self.accountColumns(of: "account")) FROM account
        WHERE network = \(id.network.rawValue) AND native_id = \(id.value)
        """, logger: logger)
      for try await row in rows { return try Self.account(from: row) }
      return nil
    }
  }

  /// The accounts one account follows and is followed by, inside its network.
  ///
  /// - Complexity: O(*out* + *in*) index reads for the account's degrees.
  public func followLists(of account: AccountID) throws -> FollowLists {
    try read { [self] connection in
      let scope = try await analysisScope(account.network, connection: connection)
      let network = account.network.rawValue
      guard
        let row = try await connection.one(
          "SELECT id FROM account WHERE network = \(network) AND native_id = \(account.value)",
          as: Int64.self, logger: logger)
      else { return FollowLists(following: [], followers: []) }
      func accounts(_ sql: String) async throws -> [Account] {
        var found: [Account] = []
        let rows = try await connection.query(
          PostgresQuery(unsafeSQL: sql, binds: binds(network, row)), logger: logger)
        for try await row in rows { found.append(try Self.account(from: row)) }
        return found
      }
      let columns = Self.accountColumns(of: "b")
      let following = try await accounts(
        """
        SELECT \(columns) FROM follow f JOIN account b ON b.id = f.followed_id AND b.network = $1
        WHERE f.follower_id = $2 ORDER BY b.native_id
        """)
      let followers = try await accounts(
        """
        SELECT \(columns) FROM \(scope.reverse) v
        JOIN account b ON b.id = v.follower_id AND b.network = $1
        WHERE v.followed_id = $2 ORDER BY b.native_id
        """)
      return FollowLists(following: following, followers: followers)
    }
  }
}
