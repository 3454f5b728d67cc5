import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// The `keep_entry` table: the database's keep-list, one row per selector as typed in
  /// canonical form (``AccountSelector/description``), so an entry may name an account that
  /// no import has brought in yet.
  static let keepListSchema = """
    CREATE TABLE keep_entry (
      selector TEXT PRIMARY KEY NOT NULL
               CHECK (length(selector) > 0 AND selector = trim(selector) AND selector <> '@'),
      added_at TEXT NOT NULL CHECK (length(added_at) > 0)
    ) WITHOUT ROWID;
    """

  /// The database's keep-list, sorted by selector text.
  ///
  /// - Returns: The entries; a stored selector that no longer parses is skipped.
  /// - Throws: `DatabaseError` on read failure.
  public func keepList() throws -> [KeepEntry] {
    try dbReader.read { db in
      try Row.fetchAll(db, sql: "SELECT selector, added_at FROM keep_entry ORDER BY selector")
        .compactMap { row in
          let text: String = row["selector"]
          guard let selector = try? AccountSelector(parsing: text) else { return nil }
          let added = UTCTime.parse(row["added_at"]) ?? Date(timeIntervalSince1970: 0)
          return KeepEntry(selector: selector, addedAt: added)
        }
    }
  }

  /// Adds selectors to the keep-list in one transaction.
  ///
  /// - Parameters:
  ///   - selectors: The selectors to add.
  ///   - addedAt: The time recorded for new entries.
  /// - Returns: The selectors that were not on the list before, in the order given.
  /// - Throws: ``StoreError/writeFailed(reason:)`` after rolling back.
  public func addToKeepList(_ selectors: [AccountSelector], addedAt: Date) throws
    -> [AccountSelector]
  {
    try writeKeepList { db in
      var added: [AccountSelector] = []
      for selector in selectors {
        try db.execute(
          sql: "INSERT OR IGNORE INTO keep_entry (selector, added_at) VALUES (?, ?)",
          arguments: [selector.description, UTCTime.timestamp(addedAt)])
        if db.changesCount > 0 { added.append(selector) }
      }
      return added
    }
  }

  /// Removes selectors from the keep-list in one transaction.
  ///
  /// - Parameter selectors: The selectors to remove.
  /// - Returns: The selectors that were on the list, in the order given.
  /// - Throws: ``StoreError/writeFailed(reason:)`` after rolling back.
  public func removeFromKeepList(_ selectors: [AccountSelector]) throws -> [AccountSelector] {
    try writeKeepList { db in
      var removed: [AccountSelector] = []
      for selector in selectors {
        try db.execute(
          sql: "DELETE FROM keep_entry WHERE selector = ?", arguments: [selector.description])
        if db.changesCount > 0 { removed.append(selector) }
      }
      return removed
    }
  }

  /// Runs `body` in one immediate transaction, mapping SQLite errors to ``StoreError``.
  private func writeKeepList<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T)
    throws -> T
  {
    do {
      return try dbWriter.write(body)
    } catch let error as DatabaseError {
      throw StoreError.writeFailed(reason: Self.describe(error))
    }
  }
}
