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
    var out = header.map(Self.quote).joined(separator: ",") + "\n"
    for row in rows {
      out += row.map(Self.render).joined(separator: ",")
      out += "\n"
    }
    return out
  }

  static func render(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): quote(neutralise(text))
    case .int(let value): String(value)
    case .double(let value?): NumberText.roundTrip(value)
    case .double(nil), .empty: ""
    }
  }

  /// `text` prefixed with `'` when a spreadsheet would read it as a formula.
  ///
  /// - Parameter text: A cell's text.
  /// - Returns: The safe text.
  public static func neutralise(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
  }

  static func quote(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
