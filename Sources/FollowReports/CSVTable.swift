import Foundation

/// A CSV document: a header and rows of cells, rendered as RFC 4180.
///
/// Output is UTF-8 with `\n` line ends; a field is quoted when it holds a comma, a quote or a
/// line break. Text cells that come from imported data and start with `=`, `+`, `-`, `@`, a
/// tab or a carriage return are prefixed with `'` so spreadsheets do not run them as formulas
/// (OWASP's CSV-injection advice); numbers FollowGraph computes are never altered.
public struct CSVTable: Equatable, Sendable {
  /// One cell.
  public enum Cell: Equatable, Sendable {
    /// Text from imported data; neutralised when it could start a formula.
    case text(String)
    /// An integer.
    case int(Int)
    /// A float printed so it round-trips; `nil` renders as an empty cell (undefined).
    case double(Double?)
    /// An empty cell.
    case empty
    /// Text written exactly as it is (quoted when needed, never neutralised), for
    /// machine-interchange files whose readers must get the value back byte for byte (the edge
    /// list of `export`); never for files meant for spreadsheets.
    case verbatim(String)
  }

  /// The column names.
  public var header: [String]
  /// The rows, each as long as the header.
  public var rows: [[Cell]]

  /// Creates a table.
  ///
  /// - Parameters:
  ///   - header: The column names.
  ///   - rows: The rows.
  public init(header: [String], rows: [[Cell]] = []) {
    self.header = header
    self.rows = rows
  }

  /// The CSV text.
  ///
  /// - Returns: The header line and one line per row, each ending in `\n`.
  public func render() -> String {
    var out = ""
    out.reserveCapacity((rows.count + 1) * max(1, header.count) * 10)
    for (index, name) in header.enumerated() {
      if index > 0 { out.append(",") }
      Self.appendQuoted(name, to: &out)
    }
    out.append("\n")
    for row in rows {
      for (index, cell) in row.enumerated() {
        if index > 0 { out.append(",") }
        Self.append(cell, to: &out)
      }
      out.append("\n")
    }
    return out
  }

  /// Appends one rendered cell, without building intermediate strings for numbers.
  static func append(_ cell: Cell, to out: inout String) {
    switch cell {
    case .text(let text):
      if needsNeutralising(text) {
        appendQuoted("'" + text, to: &out)
      } else {
        appendQuoted(text, to: &out)
      }
    case .verbatim(let text): appendQuoted(text, to: &out)
    case .int(let value): out.append(String(value))
    case .double(let value?): out.append(NumberText.roundTrip(value))
    case .double(nil), .empty: break
    }
  }

  /// `text` prefixed with `'` when a spreadsheet would read it as a formula.
  ///
  /// - Parameter text: A cell's text.
  /// - Returns: The safe text.
  public static func neutralise(_ text: String) -> String {
    needsNeutralising(text) ? "'" + text : text
  }

  /// Whether `text` starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
  private static func needsNeutralising(_ text: String) -> Bool {
    switch text.utf8.first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      true
    default: false
    }
  }

  /// Appends `text`, quoted when it holds a comma, a quote or a line break (checked on UTF-8
  /// bytes, so a `\r\n` pair counts as a line break too).
  private static func appendQuoted(_ text: String, to out: inout String) {
    let special = text.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
    guard special else {
      out.append(text)
      return
    }
    out.append("\"")
    out.append(text.replacingOccurrences(of: "\"", with: "\"\""))
    out.append("\"")
  }
}
