import Foundation

/// Where a PostgreSQL store lives: a `postgresql://` (or `postgres://`) URL, parsed.
///
/// `postgresql://user:password@host:port/dbname?sslmode=disable|prefer|require`. The password
/// comes from the URL, else from `PGPASSWORD` in the environment given; the port defaults to
/// 5432, the user to `postgres` and the database to the user's name, as libpq does. TLS is
/// used when the server offers it (`prefer`) unless `sslmode` says otherwise; as with libpq,
/// only `verify-full` (or `verify-ca`) checks the server's certificate.
public struct PostgresAddress: Equatable, Sendable, CustomStringConvertible {
  /// How the connection uses TLS.
  public enum TLSMode: String, Sendable, CaseIterable {
    /// Never.
    case disable
    /// When the server offers it (the default), without checking its certificate (libpq's
    /// `prefer`).
    case prefer
    /// Always; the connection fails without it; the certificate is not checked (libpq's
    /// `require`).
    case require
    /// Always, with the certificate checked against the system's trust roots and the host
    /// name (libpq's `verify-full`; `verify-ca` is taken as this, the stricter).
    case verifyFull = "verify-full"
  }

  /// The server's host name or address.
  public var host: String
  /// The server's port.
  public var port: Int
  /// The user to log in as.
  public var user: String
  /// The password, if any.
  public var password: String?
  /// The database name.
  public var database: String
  /// The TLS mode.
  public var tls: TLSMode

  /// Whether a `--db` value names a PostgreSQL store rather than a SQLite file.
  ///
  /// - Parameter text: The `--db` value.
  /// - Returns: `true` for `postgresql://…` and `postgres://…`.
  public static func isPostgresURL(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
  }

  /// Parses a URL.
  ///
  /// - Parameters:
  ///   - text: The URL.
  ///   - environment: Where `PGPASSWORD` is looked up when the URL has no password.
  /// - Throws: ``PostgresStoreError/badAddress(_:reason:)`` naming what is wrong.
  public init(parsing text: String, environment: [String: String] = [:]) throws {
    guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
      throw PostgresStoreError.badAddress(
        Self.redacted(text), reason: "expected postgresql://user@host:port/dbname")
    }
    guard let host = components.host, !host.isEmpty else {
      throw PostgresStoreError.badAddress(Self.redacted(text), reason: "the URL names no host")
    }
    self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
    port = components.port ?? 5432
    guard (1...65535).contains(port) else {
      throw PostgresStoreError.badAddress(
        Self.redacted(text), reason: "port \(port) is out of range")
    }
    user = components.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? "postgres"
    password =
      components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
      ?? environment["PGPASSWORD"]
    let path =
      components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
    guard !path.contains("/") else {
      throw PostgresStoreError.badAddress(
        Self.redacted(text), reason: "the path must be one database name")
    }
    database = path.isEmpty ? user : path
    tls = .prefer
    for item in components.queryItems ?? [] {
      switch item.name {
      case "sslmode":
        switch item.value {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require": tls = .require
        case "verify-ca", "verify-full": tls = .verifyFull
        default:
          throw PostgresStoreError.badAddress(
            Self.redacted(text), reason: "sslmode '\(item.value ?? "")' is not known")
        }
      case "application_name", "connect_timeout": break
      default:
        throw PostgresStoreError.badAddress(
          Self.redacted(text), reason: "parameter '\(item.name)' is not supported")
      }
    }
  }

  /// The URL without its password, for messages and logs.
  public var description: String {
    "postgresql://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
  }

  /// A URL as typed, with any password replaced by `***`.
  static func redacted(_ text: String) -> String {
    guard var components = URLComponents(string: text), components.password != nil else {
      return text
    }
    components.password = "***"
    return components.string ?? "(a PostgreSQL URL)"
  }
}
