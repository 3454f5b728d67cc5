import Foundation
import GRDB
import Logging

/// The FollowGraph database: one SQLite file holding accounts, follows, posts and the history
/// of imports.
///
/// `FollowDatabase` is the only type that talks to SQLite. It owns the connection, applies the
/// schema migrations when opened, and offers named read and write methods, each of which runs
/// in one transaction. Files are opened in WAL mode so that reports can read while an import
/// writes; a second writer waits up to the busy timeout. A database opened for reading only
/// reads one snapshot, so a command that reads several times never mixes the states before
/// and after an import that commits meanwhile.
public struct FollowDatabase: Sendable {
  let dbWriter: any DatabaseWriter
  /// Where reads go: the writer, or the snapshot of a database opened for reading only.
  let dbReader: any DatabaseReader
  let logger: Logger
  /// The current time, recorded as an import's `finished_at`.
  let clock: @Sendable () -> Date

  /// Wraps an open GRDB connection and migrates it to the current schema.
  ///
  /// - Parameters:
  ///   - dbWriter: A database queue or pool; tests pass an in-memory `DatabaseQueue()`.
  ///   - logger: Where the store logs what it does (the caller's; the store builds none).
  ///   - clock: The current time, recorded when an import finishes.
  /// - Throws: `DatabaseError` when a migration fails.
  public init(
    _ dbWriter: any DatabaseWriter, logger: Logger, clock: @escaping @Sendable () -> Date
  ) throws {
    self.dbWriter = dbWriter
    self.dbReader = dbWriter
    self.logger = logger
    self.clock = clock
    try Self.migrator.migrate(dbWriter)
  }

  /// The same database reading from `reader` (a snapshot); already migrated.
  private init(_ database: FollowDatabase, reader: any DatabaseReader) {
    dbWriter = database.dbWriter
    dbReader = reader
    logger = database.logger
    clock = database.clock
  }

  /// Opens (and creates, when `create` is true) the database file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file path.
  ///   - create: Whether a missing file may be created; read-only commands pass `false`, and
  ///     then every read sees the one snapshot taken here.
  ///   - busyTimeout: How long to wait for another process's write to finish.
  ///   - logger: Where the store logs what it does (the caller's; the store builds none).
  ///   - clock: The current time, recorded when an import finishes.
  /// - Returns: The open, migrated database.
  /// - Throws: ``StoreError/databaseNotFound(path:)`` or ``StoreError/cannotOpen(path:reason:)``.
  public static func open(
    path: String, create: Bool, busyTimeout: TimeInterval = 30, logger: Logger,
    clock: @escaping @Sendable () -> Date
  ) throws -> FollowDatabase {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue {
      throw StoreError.cannotOpen(path: path, reason: "it is a directory")
    }
    if !exists {
      guard create else { throw StoreError.databaseNotFound(path: path) }
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      guard fileManager.fileExists(atPath: folder) else {
        throw StoreError.cannotOpen(path: path, reason: "folder '\(folder)' does not exist")
      }
    }
    var configuration = makeConfiguration()
    configuration.busyMode = .timeout(busyTimeout)
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      let database = try FollowDatabase(pool, logger: logger, clock: clock)
      // Read-only commands read several times (summary, follows, accounts): one snapshot
      // keeps them consistent while an import commits.
      return create ? database : FollowDatabase(database, reader: try pool.makeSnapshot())
    } catch let error as DatabaseError {
      throw StoreError.cannotOpen(path: path, reason: Self.describe(error))
    }
  }

  /// An empty in-memory SQLite database, for tests and dry runs.
  ///
  /// - Parameters:
  ///   - logger: Where the store logs; by default nowhere (a handler that drops everything,
  ///     never the process-wide logging backend).
  ///   - clock: The time recorded when an import finishes; by default the Unix epoch, so a
  ///     test database is the same on every run.
  /// - Returns: A migrated database that lives as long as the value.
  /// - Throws: `DatabaseError` when a migration fails.
  public static func inMemory(
    logger: Logger = Logger(label: "followgraph.store", factory: { _ in SwiftLogNoOpLogHandler() }),
    clock: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 0) }
  ) throws -> FollowDatabase {
    try FollowDatabase(
      DatabaseQueue(configuration: makeConfiguration()), logger: logger, clock: clock)
  }

  /// The connection settings every FollowGraph database uses.
  ///
  /// - Returns: A configuration with foreign keys on.
  public static func makeConfiguration() -> Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.label = "FollowGraph"
    configuration.prepareDatabase { db in
      // Read the file through a memory map (capped by SQLite's own limit): scanning millions
      // of follows then costs no read() call and no copy per page.
      try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapBytes)")
    }
    return configuration
  }

  /// How much of a database file SQLite may map into memory for reading.
  static let mmapBytes = 1 << 32

  /// A short, readable description of a SQLite error.
  static func describe(_ error: DatabaseError) -> String {
    switch error.resultCode {
    case .SQLITE_FULL: "the disk or the database size limit is full"
    case .SQLITE_READONLY: "the database is read-only"
    case .SQLITE_CANTOPEN: "cannot open the file (missing folder or permission denied)"
    case .SQLITE_PERM, .SQLITE_AUTH: "permission denied"
    case .SQLITE_NOTADB: "the file is not a SQLite database"
    case .SQLITE_CORRUPT: "the database file is corrupt"
    case .SQLITE_BUSY, .SQLITE_LOCKED: "the database is busy (another import is running)"
    default: error.message ?? "\(error.resultCode)"
    }
  }
}
