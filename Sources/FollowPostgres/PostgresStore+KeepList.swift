import FollowModel
import Foundation
import NIOCore
import PostgresNIO

extension PostgresStore {
  /// The database's keep-list, sorted by selector text.
  public func keepList() throws -> [KeepEntry] {
    try read { [logger] connection in
      var entries: [KeepEntry] = []
      for try await (text, added) in try await connection.query(
        "SELECT selector, added_at FROM keep_entry ORDER BY selector", logger: logger
      ).decode((String, String).self) {
        guard let selector = try? AccountSelector(parsing: text) else { continue }
        entries.append(
          KeepEntry(
            selector: selector, addedAt: UTCTime.parse(added) ?? Date(timeIntervalSince1970: 0)))
      }
      return entries
    }
  }

  /// Adds selectors in one transaction; returns those that were not on the list before.
  public func addToKeepList(_ selectors: [AccountSelector], addedAt: Date) throws
    -> [AccountSelector]
  {
    let texts = selectors.map(\.description)
    let added = UTCTime.timestamp(addedAt)
    let changed: [Bool] = try write { [logger] connection in
      var changed: [Bool] = []
      for text in texts {
        let inserted = try await connection.one(
          """
          WITH added AS (INSERT INTO keep_entry (selector, added_at) VALUES (\(text), \(added))
                         ON CONFLICT DO NOTHING RETURNING 1)
          SELECT count(*) FROM added
          """, as: Int64.self, logger: logger)
        changed.append((inserted ?? 0) > 0)
      }
      return changed
    }
    return zip(selectors, changed).filter(\.1).map(\.0)
  }

  /// Removes selectors in one transaction; returns those that were on the list.
  public func removeFromKeepList(_ selectors: [AccountSelector]) throws -> [AccountSelector] {
    let texts = selectors.map(\.description)
    let changed: [Bool] = try write { [logger] connection in
      var changed: [Bool] = []
      for text in texts {
        let removed = try await connection.one(
          """
          WITH removed AS (DELETE FROM keep_entry WHERE selector = \(text) RETURNING 1)
          SELECT count(*) FROM removed
          """, as: Int64.self, logger: logger)
        changed.append((removed ?? 0) > 0)
      }
      return changed
    }
    return zip(selectors, changed).filter(\.1).map(\.0)
  }
}

extension PostgresStore: FetchCheckpointStoring {
  /// The saved pages of one fetch, by list and index.
  public func checkpointPages(fetchKey: String) throws -> [FetchCheckpointPage] {
    try read { [logger] connection in
      var pages: [FetchCheckpointPage] = []
      for try await (list, index, payload) in try await connection.query(
        """
        SELECT list, page_index, payload FROM fetch_page WHERE fetch_key = \(fetchKey)
        ORDER BY list, page_index
        """, logger: logger
      ).decode((String, Int64, ByteBuffer).self) {
        pages.append(
          FetchCheckpointPage(
            fetchKey: fetchKey, list: list, index: Int(index),
            payload: Data(payload.readableBytesView)))
      }
      return pages
    }
  }

  /// Saves one page, replacing a page at the same position.
  public func saveCheckpointPage(_ page: FetchCheckpointPage) throws {
    let bytes = ByteBuffer(bytes: page.payload)
    _ = try write { [logger] connection in
      try await connection.query(
        """
        INSERT INTO fetch_page (fetch_key, list, page_index, payload)
        VALUES (\(page.fetchKey), \(page.list), \(Int64(page.index)), \(bytes))
        ON CONFLICT (fetch_key, list, page_index) DO UPDATE SET payload = excluded.payload
        """, logger: logger)
    }
  }

  /// Forgets every page of one fetch.
  public func removeCheckpointPages(fetchKey: String) throws {
    _ = try write { [logger] connection in
      try await connection.query(
        "DELETE FROM fetch_page WHERE fetch_key = \(fetchKey)", logger: logger)
    }
  }
}

extension PostgresStore: FollowStoring {}
