import FollowStore
import Foundation

/// What a database file holds, for comparing it before and after an interrupted command.
public struct DatabaseState: Equatable, Sendable {
  /// `PRAGMA integrity_check`: `["ok"]` when sound.
  public var integrity: [String]
  /// Rows per table.
  public var counts: [String: Int]
  /// Every row, sorted (``FollowDatabase/contentDump()``).
  public var dump: String

  /// Reads the state of the database at `path` (opening it runs SQLite's WAL recovery, as
  /// the next command would).
  ///
  /// - Parameter path: The database file.
  /// - Returns: The state.
  /// - Throws: When the file cannot be opened or read.
  public static func read(_ path: String) throws -> DatabaseState {
    let database = try TestStore.open(path: path, create: false)
    return DatabaseState(
      integrity: try database.integrityCheck(), counts: try database.tableCounts(),
      dump: try database.contentDump())
  }

  /// Copies the database at `path` and its WAL files to `copy`.
  ///
  /// - Parameters:
  ///   - path: The database file.
  ///   - copy: Where to put the copy.
  /// - Throws: When a file cannot be copied.
  public static func copyFiles(_ path: String, to copy: String) throws {
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      try? FileManager.default.removeItem(atPath: copy + suffix)
      try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
    }
  }
}
