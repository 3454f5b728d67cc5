import FollowModel
import FollowPostgres
import FollowStore
import Foundation
import Logging

/// A store every command can use: follows and snapshots, and fetch checkpoints.
typealias CommandStore = any FollowStoring & FetchCheckpointStoring

extension DatabaseOptions {
  /// Whether `--db` names a PostgreSQL database (`postgresql://…` or `postgres://…`).
  var isPostgres: Bool { PostgresAddress.isPostgresURL(db) }

  /// Opens `--db` for a command: a SQLite file, or a PostgreSQL database when `--db` is a
  /// `postgresql://` URL (password from the URL or `PGPASSWORD`); logging through `logger`,
  /// timing imports with the system clock.
  ///
  /// - Parameters:
  ///   - create: Whether a missing SQLite file may be created (`import`, `fetch`); a
  ///     PostgreSQL database must exist, its tables are created on first use.
  ///   - logger: The command's logger.
  /// - Returns: The open store.
  /// - Throws: `StoreError` or `PostgresStoreError` when it cannot be opened.
  func openStore(create: Bool, logger: Logger = CommandLogger.make(verbose: false)) throws
    -> CommandStore
  {
    try Self.openStore(db: db, create: create, logger: logger)
  }

  /// Opens a `--db` value (see ``openStore(create:logger:)``).
  static func openStore(db: String, create: Bool, logger: Logger) throws -> CommandStore {
    if PostgresAddress.isPostgresURL(db) {
      let address = try PostgresAddress(
        parsing: db, environment: ProcessInfo.processInfo.environment)
      return try PostgresStore.open(address, logger: logger, clock: { Date() })
    }
    return try FollowDatabase.open(path: db, create: create, logger: logger, clock: { Date() })
  }
}
