import FollowModel
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// The PostgreSQL store (issue 17): the same schema, imports and reads as the SQLite store
/// (`FollowDatabase`), over one connection made with PostgresNIO, plus the analyses that run
/// inside the database for graphs that do not fit in memory.
///
/// Every `FollowStoring` method is one transaction (writes) or one consistent read; calls
/// from several threads take turns. Errors are ``PostgresStoreError`` with the server's own
/// message.
public final class PostgresStore: Sendable {
  /// Where the store lives (without password).
  public let address: PostgresAddress
  let connection: PostgresConnection
  let logger: Logger
  let clock: @Sendable () -> Date
  private let bridge = BlockingBridge()
  private let turn = NSLock()

  private init(
    address: PostgresAddress, connection: PostgresConnection, logger: Logger,
    clock: @escaping @Sendable () -> Date
  ) {
    self.address = address
    self.connection = connection
    self.logger = logger
    self.clock = clock
  }

  deinit {
    // PostgresNIO requires a connection to be closed before it is released.
    _ = try? connection.close().wait()
  }

  /// Connects, then brings the schema up to date (migrations run under an advisory lock).
  ///
  /// - Parameters:
  ///   - address: The server and database.
  ///   - logger: Where the store and PostgresNIO log.
  ///   - clock: The time recorded when an import finishes.
  /// - Returns: The open store.
  /// - Throws: ``PostgresStoreError/cannotConnect(_:reason:)`` when the server cannot be used.
  public static func open(
    _ address: PostgresAddress, logger: Logger, clock: @escaping @Sendable () -> Date
  ) throws -> PostgresStore {
    let bridge = BlockingBridge()
    let connection: PostgresConnection
    do {
      let configuration = try Self.configuration(for: address)
      connection = try bridge.run {
        try await PostgresConnection.connect(
          on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1,
          logger: logger)
      }
    } catch {
      throw PostgresStoreError.cannotConnect(address.description, reason: describe(error))
    }
    let store = PostgresStore(
      address: address, connection: connection, logger: logger, clock: clock)
    try store.migrate()
    return store
  }

  /// PostgresNIO's connection settings for an address.
  static func configuration(for address: PostgresAddress) throws
    -> PostgresConnection.Configuration
  {
    let tls: PostgresConnection.Configuration.TLS
    var unverified = TLSConfiguration.makeClientConfiguration()
    unverified.certificateVerification = .none
    switch address.tls {
    case .disable: tls = .disable
    case .prefer: tls = .prefer(try NIOSSLContext(configuration: unverified))
    case .require: tls = .require(try NIOSSLContext(configuration: unverified))
    case .verifyFull:
      tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
    }
    var configuration = PostgresConnection.Configuration(
      host: address.host, port: address.port, username: address.user,
      password: address.password, database: address.database, tls: tls)
    configuration.options.connectTimeout = .seconds(30)
    return configuration
  }

  /// Whether this store's connection is encrypted (PostgreSQL's own view, `pg_stat_ssl`).
  ///
  /// - Returns: `true` when the session uses TLS.
  /// - Throws: ``PostgresStoreError/readFailed(reason:)``.
  public func usesTLS() throws -> Bool {
    try read { [logger] connection in
      try await connection.one(
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self,
        logger: logger) ?? false
    }
  }

  /// Runs reads on the connection, in turn with other calls.
  ///
  /// - Parameter body: The work.
  /// - Returns: What `body` returned.
  /// - Throws: ``PostgresStoreError/readFailed(reason:)`` with the server's message.
  func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T)
    throws -> T
  {
    try withTurn {
      do {
        return try bridge.run { [connection] in try await body(connection) }
      } catch let error as PostgresStoreError {
        throw error
      } catch {
        throw PostgresStoreError.readFailed(reason: Self.describe(error))
      }
    }
  }

  /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
  ///
  /// - Parameter body: The work.
  /// - Returns: What `body` returned.
  /// - Throws: ``PostgresStoreError/writeFailed(reason:)`` after rolling back; errors the body
  ///   throws that are already ``PostgresStoreError`` pass unchanged.
  func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T)
    throws -> T
  {
    try withTurn {
      do {
        return try bridge.run { [connection, logger] in
          try await connection.query("BEGIN", logger: logger)
          do {
            let value = try await body(connection)
            try await connection.query("COMMIT", logger: logger)
            return value
          } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
          }
        }
      } catch let error as PostgresStoreError {
        throw error
      } catch {
        throw PostgresStoreError.writeFailed(reason: Self.describe(error))
      }
    }
  }

  private func withTurn<T>(_ body: () throws -> T) rethrows -> T {
    turn.lock()
    defer { turn.unlock() }
    return try body()
  }

  /// The server's message for an error, else the error's own description.
  static func describe(_ error: any Error) -> String {
    if let error = error as? PSQLError {
      if let message = error.serverInfo?[.message] {
        let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
        return message + detail
      }
      if let underlying = error.underlying { return String(describing: underlying) }
      return String(describing: error.code)
    }
    return String(describing: error)
  }

  /// Brings the schema up to date: every migration not yet recorded runs, in order, in one
  /// transaction under an advisory lock (two processes opening a new database at once wait for
  /// each other instead of both creating tables).
  private func migrate() throws {
    let known = Self.migrations.map(\.name)
    try write { [logger] connection in
      try await connection.query("SELECT pg_advisory_xact_lock(1717)", logger: logger)
      try await connection.query(
        """
        CREATE TABLE IF NOT EXISTS followgraph_migration (
          name       text COLLATE "C" PRIMARY KEY,
          applied_at timestamptz NOT NULL DEFAULT now()
        )
        """, logger: logger)
      var applied: Set<String> = []
      for try await name in try await connection.query(
        "SELECT name FROM followgraph_migration", logger: logger
      ).decode(String.self) {
        applied.insert(name)
      }
      if let unknown = applied.subtracting(known).sorted().first {
        throw PostgresStoreError.newerSchema(unknown)
      }
      for migration in Self.migrations where !applied.contains(migration.name) {
        for statement in migration.statements {
          try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        try await connection.query(
          "INSERT INTO followgraph_migration (name) VALUES (\(migration.name))", logger: logger)
      }
    }
  }
}
