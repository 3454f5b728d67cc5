import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement driven through the SQLite C API, for loops that run millions of times.
///
/// GRDB prepares and owns the statement; this wrapper only binds, steps and resets it, which
/// avoids building an argument array per row.
struct BulkStatement {
  private let statement: Statement
  private let connection: OpaquePointer?

  /// Prepares `sql` on `db`.
  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    connection = db.sqliteConnection
  }

  private var handle: OpaquePointer { statement.sqliteStatement }

  /// Binds an integer to the 1-based parameter `index`.
  func bind(_ index: Int32, _ value: Int64) {
    sqlite3_bind_int64(handle, index, value)
  }

  /// Binds an optional integer (NULL when `nil`).
  func bind(_ index: Int32, _ value: Int?) {
    if let value {
      sqlite3_bind_int64(handle, index, Int64(value))
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  /// Binds an optional boolean as 0/1 (NULL when `nil`).
  func bind(_ index: Int32, _ value: Bool?) {
    bind(index, value.map { $0 ? 1 : 0 } as Int?)
  }

  /// Binds optional text (NULL when `nil`); SQLite copies the bytes.
  func bind(_ index: Int32, _ value: String?) {
    guard var value else {
      sqlite3_bind_null(handle, index)
      return
    }
    value.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress {
          _ = sqlite3_bind_text(handle, index, base, Int32(chars.count), Self.transient)
        } else {
          _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
        }
      }
    }
  }

  /// Runs the statement to completion and resets it for the next row.
  ///
  /// - Returns: The number of rows the statement changed.
  @discardableResult
  func execute() throws -> Int {
    let code = sqlite3_step(handle)
    defer { sqlite3_reset(handle) }
    guard code == SQLITE_DONE || code == SQLITE_ROW else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: connection.map { String(cString: sqlite3_errmsg($0)) })
    }
    return Int(sqlite3_changes(connection))
  }

  /// Steps through the rows of a query, calling `body` with the raw statement for each.
  func forEachRow(_ body: (OpaquePointer) throws -> Void) throws {
    defer { sqlite3_reset(handle) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: connection.map { String(cString: sqlite3_errmsg($0)) })
      }
      try body(handle)
    }
  }

  /// The rowid of the last row inserted on this connection.
  var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

  /// SQLite's `SQLITE_TRANSIENT`: copy bound bytes before returning.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// The text in column `column` of the current row, or `nil` for NULL.
  static func text(_ handle: OpaquePointer, _ column: Int32) -> String? {
    guard let pointer = sqlite3_column_text(handle, column) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  /// The integer in column `column` of the current row (0 for NULL), for NOT NULL columns.
  @inline(__always)
  static func int64(_ handle: OpaquePointer, _ column: Int32) -> Int64 {
    sqlite3_column_int64(handle, column)
  }

  /// The integer in column `column` of the current row, or `nil` for NULL.
  static func optionalInt(_ handle: OpaquePointer, _ column: Int32) -> Int? {
    sqlite3_column_type(handle, column) == SQLITE_NULL
      ? nil : Int(sqlite3_column_int64(handle, column))
  }
}
