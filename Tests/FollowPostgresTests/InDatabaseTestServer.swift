import FollowPostgres
import FollowTestSupport
import Foundation
import Testing

/// The PostgreSQL server of the in-database analysis tests: `FOLLOWGRAPH_TEST_POSTGRES_URL`,
/// which `Scripts/postgres-cluster.sh start` exports.
///
/// Without it the tests are skipped with a message saying how to start one, except when `CI`
/// is set: then they run and fail, CI never skips them.
enum InDatabaseTestServer {
  /// The server's URL (a database that exists, usually `postgres`).
  static let url = ProcessInfo.processInfo.environment["FOLLOWGRAPH_TEST_POSTGRES_URL"]

  /// Whether the tests run: a server is given, or CI requires them.
  static var isEnabled: Bool {
    url != nil || ProcessInfo.processInfo.environment["CI"] != nil
  }

  /// Why they are skipped.
  static let skipReason = Comment(
    rawValue: "no PostgreSQL server: set FOLLOWGRAPH_TEST_POSTGRES_URL, for example with "
      + "eval \"$(bash Scripts/postgres-cluster.sh start)\"")

  /// A store on a new, empty database (created with `psql`), named after `label`.
  ///
  /// - Parameter label: Letters, digits and `_`, to tell the databases apart.
  /// - Returns: The open, migrated store.
  /// - Throws: When there is no server (under CI), or it cannot be used.
  static func freshStore(_ label: String) throws -> PostgresStore {
    guard let url else { throw ServerMissing() }
    var address = try PostgresAddress(parsing: url)
    let name = "followgraph_indb_\(getpid())_\(label)"
    try psql(url, "CREATE DATABASE \(name)")
    address.database = name
    return try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
  }

  /// Runs one statement with `psql`.
  private static func psql(_ url: String, _ sql: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw PsqlFailed(sql: sql) }
  }
}

/// Raised when CI runs the tests without a server.
struct ServerMissing: Error, CustomStringConvertible {
  var description: String {
    "FOLLOWGRAPH_TEST_POSTGRES_URL is not set, and CI must run the PostgreSQL tests "
      + "(start a cluster with eval \"$(bash Scripts/postgres-cluster.sh start)\")"
  }
}

/// Raised when `psql` fails.
struct PsqlFailed: Error, CustomStringConvertible {
  var sql: String
  var description: String { "psql failed on: \(sql)" }
}
