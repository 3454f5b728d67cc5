import FollowModel
import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
  /// PageRank computed on the server by a loop of SQL statements, one per power iteration,
  /// with the same rule as the in-memory `FollowGraph.pageRank` (FollowAnalysis).
  ///
  /// Two unlogged work tables hold `(id, inv, x)`: the account, 1 / out-degree (0 for an
  /// account that follows no one, a dangling account) and its current score. Each iteration
  /// fills the other table with `x' = d · (Σ_{u→v} x[u] · inv[u] + D / N) + (1 − d) / N`, `D`
  /// the dangling accounts' rank, then reads back two numbers: the L1 change `Σ|x' − x|` and
  /// the new dangling rank. The loop stops when the change is below the tolerance or at the
  /// cap; the scores are normalised to sum to 1. Only those two numbers per iteration, and the
  /// scores at the end when asked for, cross the connection.
  ///
  /// On Citus the work tables are distributed by account, co-located with `follow`, so the
  /// join `follow ⋈ x` on `follower_id` runs per shard; the sums per followed account are then
  /// regrouped across shards, one row per account per iteration.
  ///
  /// - Complexity: O(*k* · (*n* + *m*)) on the server for *k* iterations, O(1) memory here
  ///   (O(1) per streamed score).
  public func pageRank(
    network: Network, settings: PageRankSettings,
    scores: (@Sendable (_ id: String, _ score: Double) throws -> Void)?
  ) throws -> PageRankRun {
    try read { [self] connection in
      let scope = try await analysisScope(network, connection: connection)
      return try await withPageRank(scope: scope, settings: settings, connection: connection) {
        run, table in
        guard let scores else { return run }
        let rows = try await connection.query(
          """
          SELECT a.native_id, p.x FROM \(unescaped: table) p
          JOIN account a ON a.id = p.id ORDER BY p.id
          """, logger: logger)
        for try await (id, score) in rows.decode((String, Double).self) { try scores(id, score) }
        return run
      }
    }
  }

  /// Streams every account's counts and PageRank, sorted as `NativeIDOrder` sorts ids.
  ///
  /// - Complexity: O(*k* · (*n* + *m*) + *n* log *n*) on the server, O(1) memory here.
  public func forEachAccountRow(
    network: Network, pageRank settings: PageRankSettings?,
    _ body: @escaping @Sendable (AccountFollowCounts, Double?) throws -> Void
  ) throws -> PageRankRun? {
    try read { [self] connection in
      let scope = try await analysisScope(network, connection: connection)
      // NativeIDOrder: canonical numbers first, by length then bytes (their value), then
      // the other ids by bytes.
      let order = """
        ORDER BY (a.native_id ~ '^(0|[1-9][0-9]*)$') DESC,
                 CASE WHEN a.native_id ~ '^(0|[1-9][0-9]*)$' THEN length(a.native_id) END,
                 a.native_id
        """
      func stream(_ sql: String) async throws {
        let rows = try await connection.query(
          PostgresQuery(unsafeSQL: sql, binds: scope.bindings), logger: logger)
        for try await (id, following, followers, mutual, score, handle) in rows.decode(
          (String, Int64, Int64, Int64, Double?, String?).self)
        {
          try body(
            AccountFollowCounts(
              id: id, following: Int(following), followers: Int(followers), mutual: Int(mutual),
              handle: handle), score)
        }
      }
      guard let settings else {
        try await stream(
          """
          SELECT a.native_id, t.following, t.followers, t.mutual, NULL::float8, a.handle
          FROM (\(scope.perAccountSQL)) t JOIN account a ON a.id = t.id \(order)
          """)
        return nil
      }
      return try await withPageRank(scope: scope, settings: settings, connection: connection) {
        run, table in
        try await stream(
          """
          SELECT a.native_id, t.following, t.followers, t.mutual, p.x, a.handle
          FROM (\(scope.perAccountSQL)) t JOIN account a ON a.id = t.id
          JOIN \(table) p ON p.id = t.id \(order)
          """)
        return run
      }
    }
  }

  /// Computes PageRank into a work table, hands the run and the table (normalised scores in
  /// `x`) to `body`, then drops the work tables whatever happens.
  private func withPageRank<T: Sendable>(
    scope: AnalysisScope, settings: PageRankSettings, connection: PostgresConnection,
    _ body: (PageRankRun, String) async throws -> T
  ) async throws -> T {
    let pid = try await connection.one("SELECT pg_backend_pid()", as: Int32.self, logger: logger)
    let tables = ["a", "b"].map { "followgraph_pagerank_\(pid ?? 0)_\($0)" }
    do {
      let (run, table) = try await pageRank(
        scope: scope, settings: settings, tables: tables, connection: connection)
      let value = try await body(run, table)
      try await dropWorkTables(tables, connection: connection)
      return value
    } catch {
      try? await dropWorkTables(tables, connection: connection)
      throw error
    }
  }

  private func dropWorkTables(_ tables: [String], connection: PostgresConnection) async throws {
    for table in tables {
      try await execute("DROP TABLE IF EXISTS \(table)", connection: connection)
    }
  }

  private func execute(_ sql: String, connection: PostgresConnection) async throws {
    try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
  }

  /// The iteration itself, on work tables `tables[0]` and `tables[1]`.
  private func pageRank(
    scope: AnalysisScope, settings: PageRankSettings, tables: [String],
    connection: PostgresConnection
  ) async throws -> (PageRankRun, String) {
    let setupStart = Date()
    try await dropWorkTables(tables, connection: connection)
    for table in tables {
      try await execute(
        "CREATE UNLOGGED TABLE \(table) (id bigint PRIMARY KEY, inv float8 NOT NULL, x float8)",
        connection: connection)
    }
    let citus = try await connection.one(
      "SELECT count(*) FROM pg_extension WHERE extname = 'citus'", as: Int64.self,
      logger: logger)
    if citus ?? 0 > 0 {
      // Not testable here (Citus is not installable); see README "Scaling out".
      for table in tables {
        try await execute(
          "SELECT create_distributed_table('\(table)', 'id', colocate_with => 'follow')",
          connection: connection)
      }
    }
    let (current, next) = (tables[0], tables[1])
    try await connection.query(
      PostgresQuery(
        unsafeSQL: """
          INSERT INTO \(current) (id, inv, x)
          SELECT t.id, CASE WHEN t.following > 0 THEN 1.0::float8 / t.following ELSE 0 END, 0
          FROM (\(scope.perAccountSQL)) t
          """, binds: scope.bindings), logger: logger)
    let count =
      try await connection.one(
        "SELECT count(*) FROM \(unescaped: current)", as: Int64.self, logger: logger) ?? 0
    guard count > 0 else {
      let run = PageRankRun(
        accounts: 0, iterations: 0, lastChange: 0, converged: true,
        setupSeconds: Date().timeIntervalSince(setupStart), iterationSeconds: 0)
      return (run, current)
    }
    let n = Double(count)
    let uniform = 1.0 / n
    // The start vector; the uniform value crosses as a bound float8, exactly.
    try await connection.query("UPDATE \(unescaped: current) SET x = \(uniform)", logger: logger)
    try await execute("ANALYZE \(current)", connection: connection)
    var dangling =
      try await connection.one(
        "SELECT coalesce(sum(x), 0) FROM \(unescaped: current) WHERE inv = 0", as: Double.self,
        logger: logger) ?? 0
    let setupSeconds = Date().timeIntervalSince(setupStart)
    let loopStart = Date()
    var (source, target) = (current, next)
    var iterations = 0
    var change = Double.infinity
    let d = settings.damping
    while iterations < settings.maxIterations {
      iterations += 1
      let base = d * dangling * uniform + (1 - d) * uniform
      try await execute("TRUNCATE \(target)", connection: connection)
      try await connection.query(
        """
        INSERT INTO \(unescaped: target) (id, inv, x)
        SELECT p.id, p.inv, \(d) * coalesce(s.incoming, 0) + \(base)
        FROM \(unescaped: source) p LEFT JOIN (
          SELECT f.followed_id AS id, sum(q.x * q.inv) AS incoming
          FROM follow f JOIN \(unescaped: source) q ON q.id = f.follower_id
          WHERE q.inv > 0
          GROUP BY f.followed_id) s ON s.id = p.id
        """, logger: logger)
      let rows = try await connection.query(
        """
        SELECT coalesce(sum(abs(n.x - p.x)), 0), coalesce(sum(n.x) FILTER (WHERE n.inv = 0), 0)
        FROM \(unescaped: target) n JOIN \(unescaped: source) p ON p.id = n.id
        """, logger: logger)
      for try await (l1, mass) in rows.decode((Double, Double).self) {
        change = l1
        dangling = mass
      }
      swap(&source, &target)
      if change < settings.tolerance { break }
    }
    let iterationSeconds = Date().timeIntervalSince(loopStart)
    let total =
      try await connection.one(
        "SELECT sum(x) FROM \(unescaped: source)", as: Double.self, logger: logger) ?? 0
    if total > 0 {
      try await connection.query("UPDATE \(unescaped: source) SET x = x / \(total)", logger: logger)
    }
    let run = PageRankRun(
      accounts: Int(count), iterations: iterations, lastChange: change,
      converged: change < settings.tolerance, setupSeconds: setupSeconds,
      iterationSeconds: iterationSeconds)
    return (run, source)
  }
}
