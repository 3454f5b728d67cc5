import FollowModel
import Foundation
import GRDB

extension FollowDatabase: FetchCheckpointStoring {
  /// The table of migration v4: pages of fetches in progress, removed when their snapshot is
  /// saved.
  static let fetchPageSchema = """
    CREATE TABLE fetch_page (
      fetch_key TEXT NOT NULL,
      list TEXT NOT NULL,
      page_index INTEGER NOT NULL CHECK (page_index >= 0),
      payload BLOB NOT NULL,
      PRIMARY KEY (fetch_key, list, page_index)
    ) WITHOUT ROWID;
    """

  public func checkpointPages(fetchKey: String) throws -> [FetchCheckpointPage] {
    try dbReader.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT list, page_index, payload FROM fetch_page WHERE fetch_key = ?
          ORDER BY list, page_index
          """, arguments: [fetchKey])
      return rows.map { row in
        FetchCheckpointPage(
          fetchKey: fetchKey, list: row["list"], index: row["page_index"],
          payload: row["payload"] ?? Data())
      }
    }
  }

  public func saveCheckpointPage(_ page: FetchCheckpointPage) throws {
    try dbWriter.write { db in
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO fetch_page (fetch_key, list, page_index, payload)
          VALUES (?, ?, ?, ?)
          """, arguments: [page.fetchKey, page.list, page.index, page.payload])
    }
  }

  public func removeCheckpointPages(fetchKey: String) throws {
    try dbWriter.write { db in
      try db.execute(sql: "DELETE FROM fetch_page WHERE fetch_key = ?", arguments: [fetchKey])
    }
  }
}
