import FollowModel
import FollowStore
import FollowUseCases
import Foundation
import Logging

/// The store, importer and queries tests use: the real SQLite `FollowDatabase`, in memory
/// (GRDB's in-memory queue) or on disk, with a silent logger and a fixed clock.
public enum TestStore {
  /// A logger that drops everything; tests never bootstrap the logging system.
  public static let logger = Logger(
    label: "followgraph.tests", factory: { _ in SwiftLogNoOpLogHandler() })

  /// The instant every test store and importer takes as "now": 2024-03-01T00:00:00Z.
  public static let now = Date(timeIntervalSince1970: 1_709_251_200)

  /// An empty in-memory store.
  ///
  /// - Returns: The migrated store.
  /// - Throws: When the schema cannot be created.
  public static func inMemory() throws -> FollowDatabase {
    try FollowDatabase.inMemory(logger: logger, clock: { now })
  }

  /// The database file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - create: Whether a missing file may be created.
  /// - Returns: The open store.
  /// - Throws: `StoreError` when it cannot be opened.
  public static func open(path: String, create: Bool) throws -> FollowDatabase {
    try FollowDatabase.open(path: path, create: create, logger: logger, clock: { now })
  }

  /// The import use case over `store`.
  ///
  /// - Parameters:
  ///   - store: Where to save.
  ///   - clock: "Now", for exports that do not say when they were taken.
  /// - Returns: The importer.
  public static func importer(
    _ store: any FollowStoring, clock: @escaping @Sendable () -> Date = { now }
  ) -> Importer {
    Importer(store: store, logger: logger, clock: clock)
  }
}
