/// An incremental RFC 4180 CSV reader over bytes, fed in chunks of any size.
///
/// Fields may be quoted with `"`; inside quotes, `""` is a literal quote and commas and line
/// breaks are part of the field. Records end at `\n` or `\r\n` outside quotes. A quote inside
/// an unquoted field is kept literally (lenient, as spreadsheet exports need); text after a
/// closing quote, or a quoted field still open at the end, is an error naming the line.
public struct CSVTokenizer {
  private enum State {
    case fieldStart, unquoted, quoted, quoteInQuoted
  }

  private let path: String
  private let maxRecordBytes: Int
  private var state = State.fieldStart
  private var bytes: [UInt8] = []
  private var fieldEnds: [Int] = []
  private var line = 1
  private var recordLine = 1
  private var pendingCR = false

  /// Creates a tokenizer.
  ///
  /// - Parameters:
  ///   - path: The file name used in error messages.
  ///   - maxRecordBytes: The longest record accepted (`--max-line-length`).
  public init(path: String, maxRecordBytes: Int = 1 << 20) {
    self.path = path
    self.maxRecordBytes = maxRecordBytes
  }

  /// Reads a chunk, calling `onRecord` for every record it completes.
  ///
  /// - Parameters:
  ///   - chunk: The next bytes of the file.
  ///   - onRecord: Receives each complete record; the record is only valid during the call.
  /// - Throws: ``ImportError`` on malformed quoting or an over-long record, or what `onRecord`
  ///   throws.
  public mutating func feed(
    _ chunk: UnsafeRawBufferPointer, _ onRecord: (CSVRecord) throws -> Void
  ) throws {
    for byte in chunk {
      if byte == 0x0A { line += 1 }
      switch state {
      case .fieldStart:
        switch byte {
        case 0x22: state = .quoted
        case 0x2C: try endField()
        case 0x0A: try endRecord(onRecord)
        case 0x0D: pendingCR = true
        default:
          try append(byte)
          state = .unquoted
        }
      case .unquoted:
        switch byte {
        case 0x2C: try endField()
        case 0x0A: try endRecord(onRecord)
        case 0x0D: pendingCR = true
        default: try append(byte)
        }
      case .quoted:
        if byte == 0x22 { state = .quoteInQuoted } else { try append(byte) }
      case .quoteInQuoted:
        switch byte {
        case 0x22:
          try append(0x22)
          state = .quoted
        case 0x2C: try endField()
        case 0x0A: try endRecord(onRecord)
        case 0x0D: pendingCR = true
        default:
          throw ImportError.malformed(
            path: path, location: "line \(line)",
            reason: "unexpected character after a closing quote (quotes inside a quoted field "
              + "must be doubled)")
        }
      }
    }
  }

  /// Completes the last record when the file does not end with a line break.
  ///
  /// - Parameter onRecord: Receives the last record, if any.
  /// - Throws: ``ImportError`` when a quoted field is still open.
  public mutating func finish(_ onRecord: (CSVRecord) throws -> Void) throws {
    if state == .quoted {
      throw ImportError.malformed(
        path: path, location: "line \(recordLine)",
        reason: "a quoted field is never closed before the end of the file")
    }
    if state != .fieldStart || !fieldEnds.isEmpty || !bytes.isEmpty {
      try endRecord(onRecord)
    }
  }

  private mutating func append(_ byte: UInt8) throws {
    if pendingCR {
      pendingCR = false
      bytes.append(0x0D)
    }
    bytes.append(byte)
    try checkRecordSize()
  }

  private mutating func endField() throws {
    pendingCR = false
    fieldEnds.append(bytes.count)
    state = .fieldStart
    try checkRecordSize()
  }

  /// The record so far, field bytes plus one separator per field ended, must stay within the
  /// cap: a line of commas alone would otherwise grow `fieldEnds` without bound.
  private func checkRecordSize() throws {
    if bytes.count + fieldEnds.count > maxRecordBytes {
      throw ImportError.limitExceeded(
        path: path, limit: "line length limit at line \(recordLine)",
        value: "more than \(maxRecordBytes) bytes", option: "--max-line-length")
    }
  }

  private mutating func endRecord(_ onRecord: (CSVRecord) throws -> Void) throws {
    pendingCR = false
    fieldEnds.append(bytes.count)
    let startLine = recordLine
    recordLine = line
    state = .fieldStart
    defer {
      bytes.removeAll(keepingCapacity: true)
      fieldEnds.removeAll(keepingCapacity: true)
    }
    try bytes.withUnsafeBytes { buffer in
      try onRecord(CSVRecord(line: startLine, buffer: buffer, fieldEnds: fieldEnds, path: path))
    }
  }
}

/// One CSV record, valid only inside the tokenizer's callback.
public struct CSVRecord {
  /// The line the record starts on (1-based).
  public let line: Int
  private let buffer: UnsafeRawBufferPointer
  private let fieldEnds: [Int]
  private let path: String

  init(line: Int, buffer: UnsafeRawBufferPointer, fieldEnds: [Int], path: String) {
    self.line = line
    self.buffer = buffer
    self.fieldEnds = fieldEnds
    self.path = path
  }

  /// The number of fields.
  public var count: Int { fieldEnds.count }

  /// Whether the record is an empty line.
  public var isBlank: Bool { fieldEnds.count == 1 && fieldEnds[0] == 0 }

  /// The raw bytes of field `index`.
  ///
  /// - Parameter index: A field index below ``count``.
  /// - Returns: The bytes, valid during the callback.
  public func bytes(_ index: Int) -> UnsafeRawBufferPointer {
    let start = index == 0 ? 0 : fieldEnds[index - 1]
    return UnsafeRawBufferPointer(rebasing: buffer[start..<fieldEnds[index]])
  }

  /// Field `index` as text.
  ///
  /// - Parameter index: A field index below ``count``.
  /// - Returns: The field.
  /// - Throws: ``ImportError`` when the field is not valid UTF-8.
  public func string(_ index: Int) throws -> String {
    let raw = bytes(index)
    guard let text = String(validating: raw, as: UTF8.self) else {
      throw ImportError.malformed(
        path: path, location: "line \(line)", reason: "field \(index + 1) is not valid UTF-8")
    }
    return text
  }

  /// Every field as text.
  ///
  /// - Returns: The fields.
  /// - Throws: ``ImportError`` when a field is not valid UTF-8.
  public func strings() throws -> [String] {
    try (0..<count).map(string)
  }
}
