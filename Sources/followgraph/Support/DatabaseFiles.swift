import Foundation

/// The files SQLite keeps for one database: the file itself and its WAL companions.
enum DatabaseFiles {
  /// Removes `path` and its `-wal` and `-shm` files, ignoring missing ones.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }
}
