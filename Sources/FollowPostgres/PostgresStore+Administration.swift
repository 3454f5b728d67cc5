import Foundation
import Logging
import NIOPosix
import PostgresNIO

extension PostgresStore {
  /// Runs statements outside any transaction on a database, without opening it as a store
  /// (no migrations): `CREATE DATABASE`, `DROP DATABASE`, for scripts and tests.
  ///
  /// - Parameters:
  ///   - statements: The statements, run in order (trusted text, never input).
  ///   - address: The database to connect to.
  ///   - logger: The logger.
  /// - Throws: ``PostgresStoreError/cannotConnect(_:reason:)`` or
  ///   ``PostgresStoreError/writeFailed(reason:)``.
  public static func administer(
    _ statements: [String], at address: PostgresAddress, logger: Logger
  ) throws {
    let bridge = BlockingBridge()
    let configuration = try configuration(for: address)
    let connection: PostgresConnection
    do {
      connection = try bridge.run {
        try await PostgresConnection.connect(
          on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 2,
          logger: logger)
      }
    } catch {
      throw PostgresStoreError.cannotConnect(address.description, reason: describe(error))
    }
    defer { _ = try? connection.close().wait() }
    do {
      try bridge.run {
        for statement in statements {
          try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
      }
    } catch {
      throw PostgresStoreError.writeFailed(reason: describe(error))
    }
  }
}
