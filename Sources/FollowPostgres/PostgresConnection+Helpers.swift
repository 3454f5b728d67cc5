import Logging
import PostgresNIO

extension PostgresConnection {
  /// The first column of the first row of a query, or `nil` when it returns no row (or NULL).
  func one<T: PostgresDecodable & Sendable>(
    _ query: PostgresQuery, as type: T.Type, logger: Logger
  ) async throws -> T? where T._DecodableType == T {
    var value: T?
    for try await row in try await self.query(query, logger: logger) where value == nil {
      value = try row.makeRandomAccess()[0].decode(Optional<T>.self)
    }
    return value
  }

  /// Creates (once per transaction) and empties a temporary table that is dropped at commit.
  func scratchTable(_ name: String, columns: String, logger: Logger) async throws {
    try await query(
      PostgresQuery(
        unsafeSQL: "CREATE TEMP TABLE IF NOT EXISTS \(name) (\(columns)) ON COMMIT DROP"),
      logger: logger)
    try await query(PostgresQuery(unsafeSQL: "TRUNCATE \(name)"), logger: logger)
  }
}

/// Bindings for a query whose SQL is built from trusted names (`PostgresQuery(unsafeSQL:)`).
func binds(_ values: (any PostgresDynamicTypeEncodable)?...) -> PostgresBindings {
  var bindings = PostgresBindings(capacity: values.count)
  for value in values {
    if let value { bindings.append(value) } else { bindings.appendNull() }
  }
  return bindings
}
