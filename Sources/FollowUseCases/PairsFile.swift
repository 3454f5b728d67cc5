import Foundation

/// The `--pairs` file of `likely`: CSV with the header `follower,followed`, one pair a line,
/// each cell a native id of the network or an account selector.
///
/// Cells are split on commas and may be quoted (`"a,b"` is not supported: ids and selectors
/// hold no commas); blank lines are skipped; further columns are ignored.
public struct PairsFile: Sendable {
  /// One pair as written.
  public struct Row: Sendable {
    /// The line number (the header is line 1).
    public var line: Int
    /// The follower as written.
    public var follower: String
    /// The followed account as written.
    public var followed: String
  }

  /// The file, for messages.
  public var path: String
  /// The pairs, in order.
  public var rows: [Row]

  /// Parses the text of a pairs file.
  ///
  /// - Parameters:
  ///   - text: The file's content.
  ///   - path: The file, for messages.
  /// - Throws: ``UseCaseError/pairs(path:line:reason:)`` naming the line.
  /// - Complexity: O(*n*) in the length of `text`.
  public init(parsing text: String, path: String) throws {
    self.path = path
    // A CRLF is one Character, so this splits on \n, \r\n and \r alike.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let header = (lines.first ?? "").split(separator: ",").map(Self.cell)
    guard header.count >= 2, header[0] == "follower", header[1] == "followed" else {
      throw UseCaseError.pairs(
        path: path, line: 1,
        reason: "the header must be 'follower,followed', found '\(lines.first ?? "")'")
    }
    var rows: [Row] = []
    for (offset, line) in lines.enumerated().dropFirst()
    where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(Self.cell)
      guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
        throw UseCaseError.pairs(
          path: path, line: offset + 1, reason: "expected 'follower,followed', found '\(line)'")
      }
      rows.append(Row(line: offset + 1, follower: cells[0], followed: cells[1]))
    }
    self.rows = rows
  }

  private static func cell(_ raw: Substring) -> String {
    var text = raw.trimmingCharacters(in: .whitespaces)
    if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
      text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
    return text
  }
}
