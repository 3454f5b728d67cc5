import FollowModel
import Logging
import NIOCore
import PostgresNIO

/// Rows encoded in the text format of `COPY … FROM STDIN`, streamed to the server in chunks.
///
/// PostgresNIO offers COPY in the text format only, so the binary format is not used; the
/// text encoding of integers written here costs less than the server's parsing of them.
struct CopyRows: ~Copyable {
  private var buffer: ByteBuffer
  private let writer: PostgresCopyFromWriter
  private var fieldsInRow = 0
  /// Flushes once a chunk holds this many bytes.
  static let chunkBytes = 1 << 20

  init(_ writer: PostgresCopyFromWriter) {
    self.writer = writer
    buffer = ByteBuffer()
    buffer.reserveCapacity(Self.chunkBytes + 4096)
  }

  /// Appends an integer field.
  mutating func add(_ value: Int64) {
    separate()
    if value < 0 {
      buffer.writeInteger(UInt8(ascii: "-"))
      if value == .min {
        buffer.writeString("9223372036854775808")
        return
      }
    }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[19 - count] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
        magnitude /= 10
        count += 1
      } while magnitude > 0
      buffer.writeBytes(UnsafeRawBufferPointer(rebasing: raw[(20 - count)..<20]))
    }
  }

  /// Appends an optional integer field (`\N` for nil).
  mutating func add(_ value: Int?) {
    if let value { add(Int64(value)) } else { addNull() }
  }

  /// Appends a Boolean field (`t`/`f`, `\N` for nil).
  mutating func add(_ value: Bool?) {
    guard let value else { return addNull() }
    separate()
    buffer.writeInteger(UInt8(ascii: value ? "t" : "f"))
  }

  /// Appends a text field, escaped; `\N` for nil.
  mutating func add(_ value: String?) {
    guard let value else { return addNull() }
    separate()
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
      case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
      case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
      case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
      // PostgreSQL text cannot hold NUL (SQLite's can): it becomes U+FFFD.
      case 0: buffer.writeBytes([0xEF, 0xBF, 0xBD])
      default: buffer.writeInteger(byte)
      }
    }
  }

  /// Appends a NULL field.
  mutating func addNull() {
    separate()
    buffer.writeStaticString("\\N")
  }

  /// Ends the row.
  ///
  /// Synchronous, so that writing a row costs no suspension: callers send
  /// the chunk with ``flush()`` once ``isFull``.
  mutating func endRow() {
    buffer.writeInteger(UInt8(ascii: "\n"))
    fieldsInRow = 0
  }

  /// Whether the chunk is ready to be sent.
  var isFull: Bool { buffer.readableBytes >= Self.chunkBytes }

  /// Sends what is buffered.
  mutating func flush() async throws {
    guard buffer.readableBytes > 0 else { return }
    try await writer.write(buffer)
    buffer.clear()
  }

  private mutating func separate() {
    if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
    fieldsInRow += 1
  }
}

extension PostgresConnection {
  /// Runs `COPY table (columns) FROM STDIN` with rows produced by `body`.
  ///
  /// - Parameters:
  ///   - table: The table (a trusted name, never input).
  ///   - columns: The columns, in the order `body` writes them.
  ///   - logger: The logger.
  ///   - body: Adds the rows.
  func copyRows(
    into table: String, columns: [String], logger: Logger,
    _ body: @escaping @Sendable (inout CopyRows) async throws -> Void
  ) async throws {
    try await copyFrom(table: table, columns: columns, logger: logger) { writer in
      var rows = CopyRows(writer)
      try await body(&rows)
      try await rows.flush()
    }
  }
}
