import FollowStore
import Foundation
import Logging

extension DatabaseOptions {
  /// Opens `--db` for a command: the SQLite store, logging through `logger`, timing imports
  /// with the system clock.
  ///
  /// - Parameters:
  ///   - create: Whether a missing file may be created (`import` only).
  ///   - logger: The command's logger.
  /// - Returns: The open store.
  /// - Throws: `StoreError` when it cannot be opened.
  func openStore(create: Bool, logger: Logger = CommandLogger.make(verbose: false)) throws
    -> FollowDatabase
  {
    try FollowDatabase.open(path: db, create: create, logger: logger, clock: { Date() })
  }
}
