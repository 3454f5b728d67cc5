import Foundation
import GRDB

extension FollowDatabase {
  /// SQLite's own consistency check of the whole file (`PRAGMA integrity_check`).
  ///
  /// - Returns: `["ok"]` for a sound database, else one line per problem found.
  /// - Throws: ``StoreError/cannotOpen(path:reason:)``-style read failures as `DatabaseError`.
  public func integrityCheck() throws -> [String] {
    try dbReader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }

  /// The number of rows in every table of the schema, by table name.
  ///
  /// - Returns: Row counts, including the migrations table.
  /// - Throws: `DatabaseError` on read failure.
  public func tableCounts() throws -> [String: Int] {
    try dbReader.read { db in
      var counts: [String: Int] = [:]
      for table in try Self.tableNames(db) {
        counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0
      }
      return counts
    }
  }

  /// Every row of every table as text, tables by name and rows sorted: two databases hold
  /// exactly the same data when their dumps are equal.
  ///
  /// - Returns: One line per row, `table|value|value…`.
  /// - Throws: `DatabaseError` on read failure.
  /// - Complexity: O(*r* log *r*) for *r* rows; meant for tests and checks, not hot paths.
  public func contentDump() throws -> String {
    try dbReader.read { db in
      var lines: [String] = []
      for table in try Self.tableNames(db) {
        var rows: [String] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \"\(table)\"")
        while let row = try cursor.next() {
          rows.append(
            ([table] + row.databaseValues.map { $0.isNull ? "NULL" : $0.description })
              .joined(separator: "|"))
        }
        lines += rows.sorted()
      }
      return lines.joined(separator: "\n")
    }
  }

  private static func tableNames(_ db: Database) throws -> [String] {
    // Names come from the schema itself, never from input.
    try String.fetchAll(
      db,
      sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        + "ORDER BY name")
  }
}
