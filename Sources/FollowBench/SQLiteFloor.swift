import Foundation
import GRDBSQLite

/// The floor of an import: a bare loop of SQLite C calls inserting pre-sorted integer pairs
/// into an existing `follow` table in one transaction, then building its second index.
///
/// The file is expected to hold FollowGraph's schema (created by `FollowDatabase.open`), so the
/// table, its primary key and `follow_by_followed` are exactly the ones an import fills. The
/// connection uses the settings FollowGraph's files use (WAL, `synchronous = NORMAL`), SQLite's
/// default page cache and no foreign-key checks: a plain loop anyone would write.
public enum SQLiteFloor {
  /// The times of one floor run, in seconds.
  public struct Timing: Sendable {
    /// Dropping the second index, the insert loop and nothing else.
    public var insert: Double
    /// `CREATE INDEX follow_by_followed`.
    public var index: Double
    /// `COMMIT` (with the WAL checkpoint SQLite runs on commit).
    public var commit: Double
    /// CPU time of the insert, index and commit steps.
    public var cpu: (insert: Double, index: Double, commit: Double)
    /// All of the above.
    public var total: Double { insert + index + commit }
  }

  /// Inserts `pairs` (follower row id, followed row id), sorted ascending, into `follow`.
  ///
  /// - Parameters:
  ///   - path: A FollowGraph database file with an empty `follow` table.
  ///   - followers: Follower row ids, sorted with `followed` as the second key.
  ///   - followed: Followed row ids.
  /// - Returns: The times.
  /// - Throws: ``BenchError/sqlite(step:message:)``.
  public static func run(
    path: String, followers: [Int64], followed: [Int64]
  ) throws -> Timing {
    var connection: OpaquePointer?
    guard sqlite3_open(path, &connection) == SQLITE_OK, let db = connection else {
      throw BenchError.sqlite(step: "open", message: path)
    }
    defer { sqlite3_close(db) }
    func exec(_ sql: String) throws {
      guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
        throw BenchError.sqlite(step: sql, message: String(cString: sqlite3_errmsg(db)))
      }
    }
    try exec("PRAGMA journal_mode = WAL")
    try exec("PRAGMA synchronous = NORMAL")
    let clock = ContinuousClock()
    let start = clock.now
    let cpuStart = ResourceUsage.cpuSeconds()
    try exec("BEGIN IMMEDIATE")
    try exec("DROP INDEX follow_by_followed")
    var statement: OpaquePointer?
    let sql =
      "INSERT INTO follow (follower_id, followed_id, first_seen, last_seen) VALUES (?,?,?,?)"
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let insert = statement
    else {
      throw BenchError.sqlite(step: "prepare", message: String(cString: sqlite3_errmsg(db)))
    }
    defer { sqlite3_finalize(insert) }
    sqlite3_bind_int64(insert, 3, 1_700_000_000)
    sqlite3_bind_int64(insert, 4, 1_700_000_000)
    for k in 0..<followers.count {
      sqlite3_bind_int64(insert, 1, followers[k])
      sqlite3_bind_int64(insert, 2, followed[k])
      guard sqlite3_step(insert) == SQLITE_DONE else {
        throw BenchError.sqlite(step: "insert", message: String(cString: sqlite3_errmsg(db)))
      }
      sqlite3_reset(insert)
    }
    let inserted = clock.now
    let cpuInserted = ResourceUsage.cpuSeconds()
    try exec("CREATE INDEX follow_by_followed ON follow (followed_id, follower_id)")
    let indexed = clock.now
    let cpuIndexed = ResourceUsage.cpuSeconds()
    try exec("COMMIT")
    let committed = clock.now
    let cpuCommitted = ResourceUsage.cpuSeconds()
    return Timing(
      insert: (inserted - start).seconds, index: (indexed - inserted).seconds,
      commit: (committed - indexed).seconds,
      cpu: (cpuInserted - cpuStart, cpuIndexed - cpuInserted, cpuCommitted - cpuIndexed))
  }
}

extension Duration {
  /// The duration in seconds.
  public var seconds: Double {
    let (whole, fraction) = components
    return Double(whole) + Double(fraction) * 1e-18
  }
}
