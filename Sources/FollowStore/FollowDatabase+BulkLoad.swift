import FollowModel
import GRDB

extension FollowDatabase {
  /// The page cache a save uses, in KiB (SQLite's default is 2,000 KiB).
  ///
  /// A large cache keeps the account index, the new follow pages and the sorter of `CREATE
  /// INDEX` in memory instead of spilling them to the WAL and reading them back. SQLite
  /// allocates pages only when it uses them, and the previous size is restored after the save.
  public static let bulkCacheKiB = 512 * 1024

  /// The page cache while `CREATE INDEX` runs, in KiB: SQLite sizes its sorter's in-memory
  /// runs by the cache, and small runs merge faster than one large sort (measured: 0.55 s at
  /// 2 MiB against 1.1 s at 32 MiB and 2.4 s at 512 MiB for 1.77 M follows).
  public static let indexBuildCacheKiB = 2_000

  /// Runs `body` (a save: one transaction) with the bulk-load cache, restoring the previous
  /// cache size afterwards.
  ///
  /// When the `follow` table is empty, foreign-key enforcement is also switched off for the
  /// transaction (it can only change outside one): every row id a save writes comes from
  /// ``AccountRowIDs`` in the same transaction, so the parent rows exist by construction, and
  /// checking two parents for each of millions of follows doubled the insert time. Durability
  /// settings (journal mode, `synchronous`) are not touched.
  static func withBulkSettings<T>(_ db: Database, _ body: () throws -> T) throws -> T {
    let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
    let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
    let emptyFollows =
      try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM follow)") ?? false
    try db.execute(sql: "PRAGMA cache_size = -\(bulkCacheKiB)")
    if foreignKeys && emptyFollows { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
    defer {
      try? db.execute(sql: "PRAGMA cache_size = \(cache)")
      if foreignKeys && emptyFollows { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
    }
    return try body()
  }

  /// Inserts follows into an empty `follow` table: the second index is dropped, the rows are
  /// appended in primary-key order with one bound statement, and the index is built again from
  /// its stored definition, all inside the caller's transaction (a rollback restores it).
  ///
  /// - Parameters:
  ///   - table: Distinct follows, sorted by (follower, followed) index.
  ///   - rowIDs: The account row id of each table index.
  ///   - seconds: The observation time stored as `first_seen` and `last_seen`.
  ///   - db: The connection, inside a transaction.
  ///   - progress: Receives progress every 2^16 rows and the start of the index build.
  /// - Returns: The number of follows inserted.
  /// - Throws: `DatabaseError`.
  /// - Complexity: O(*m*) appends and an O(*m* log *m*) index build for *m* follows, after
  ///   ``forEachInRowIDOrder(_:rowIDs:_:)`` when row ids do not increase with table indexes.
  static func bulkInsertFollows(
    _ table: FollowTable, rowIDs: [Int64], seconds: Int64, in db: Database,
    progress: SaveProgressHandler?
  ) throws -> Int {
    let indexSQL = try String.fetchOne(
      db,
      sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'follow_by_followed'")
    if indexSQL != nil { try db.execute(sql: "DROP INDEX follow_by_followed") }
    let insert = try BulkStatement(
      db,
      sql: """
        INSERT INTO follow (follower_id, followed_id, first_seen, last_seen) VALUES (?, ?, ?, ?)
        """)
    // Bindings survive sqlite3_reset: the times are bound once.
    insert.bind(3, seconds)
    insert.bind(4, seconds)
    let total = table.count
    func add(_ k: Int, _ from: Int64, _ to: Int64) throws {
      insert.bind(1, from)
      insert.bind(2, to)
      try insert.execute()
      if k & 0xFFFF == 0xFFFF { progress?(SaveProgress(step: .follows, done: k, total: total)) }
    }
    if isIncreasing(rowIDs) {
      for k in 0..<total {
        try add(k, rowIDs[Int(table.followers[k])], rowIDs[Int(table.followed[k])])
      }
    } else {
      var k = 0
      try forEachInRowIDOrder(table, rowIDs: rowIDs) { from, to in
        try add(k, from, to)
        k += 1
      }
    }
    progress?(SaveProgress(step: .index, done: 0, total: total))
    if let indexSQL {
      try db.execute(sql: "PRAGMA cache_size = -\(indexBuildCacheKiB)")
      try db.execute(sql: indexSQL)
      try db.execute(sql: "PRAGMA cache_size = -\(bulkCacheKiB)")
    }
    return total
  }

  /// Calls `body` with the follows' row-id pairs in ascending order.
  ///
  /// Accounts are ranked by row id and visited in that order; each account's follows are
  /// contiguous in the table (sorted by follower), so its short list is read in one place,
  /// mapped to ranks and sorted. A table not sorted by follower falls back to one sort of all
  /// pairs.
  ///
  /// - Complexity: O(*n* log *n* + *m* log *d*) for *n* accounts, *m* follows and *d* the
  ///   largest out-degree.
  static func forEachInRowIDOrder(
    _ table: FollowTable, rowIDs: [Int64], _ body: (Int64, Int64) throws -> Void
  ) rethrows {
    let n = rowIDs.count
    guard isNonDecreasing(table.followers) else {
      var pairs = (0..<table.count).map { k in
        (rowIDs[Int(table.followers[k])], rowIDs[Int(table.followed[k])])
      }
      pairs.sort { $0 < $1 }
      for (from, to) in pairs { try body(from, to) }
      return
    }
    let byRowID = rowIDs.indices.sorted { rowIDs[$0] < rowIDs[$1] }
    var rank = [UInt32](repeating: 0, count: n)
    for (position, index) in byRowID.enumerated() { rank[index] = UInt32(position) }
    let rowIDOfRank = byRowID.map { rowIDs[$0] }
    var start = [Int](repeating: 0, count: n + 1)
    for follower in table.followers { start[Int(follower) + 1] += 1 }
    for i in 0..<n { start[i + 1] += start[i] }
    var list: [UInt32] = []
    for index in byRowID where start[index] < start[index + 1] {
      list.removeAll(keepingCapacity: true)
      for k in start[index]..<start[index + 1] { list.append(rank[Int(table.followed[k])]) }
      list.sort()
      let from = rowIDs[index]
      for to in list { try body(from, rowIDOfRank[Int(to)]) }
    }
  }

  /// Whether `values` never decrease.
  static func isNonDecreasing(_ values: [UInt32]) -> Bool {
    var previous: UInt32 = 0
    for value in values {
      if value < previous { return false }
      previous = value
    }
    return true
  }

  /// Whether `rowIDs` strictly increase, so that table order is also row-id order.
  static func isIncreasing(_ rowIDs: [Int64]) -> Bool {
    var previous = Int64.min
    for id in rowIDs {
      if id <= previous { return false }
      previous = id
    }
    return true
  }
}
