import Foundation

/// Reads the small, simple CSV files of the reference folder (no quoted commas) into rows
/// keyed by column name.
public enum ReferenceCSV {
  /// The rows of `url`, each a dictionary from column name to cell text.
  ///
  /// - Parameter url: A CSV file with a header row.
  /// - Returns: The rows.
  /// - Throws: When the file cannot be read.
  public static func rows(_ url: URL) throws -> [[String: String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    guard !lines.isEmpty else { return [] }
    let header = split(lines.removeFirst())
    return lines.map { line in
      let cells = split(line)
      var row: [String: String] = [:]
      for (index, name) in header.enumerated() {
        row[name] = index < cells.count ? cells[index] : ""
      }
      return row
    }
  }

  private static func split(_ line: String) -> [String] {
    line.split(separator: ",", omittingEmptySubsequences: false).map { field in
      var text = String(field)
      if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 {
        text = String(text.dropFirst().dropLast())
      }
      return text
    }
  }

  /// The JSON object in `url`.
  ///
  /// - Parameter url: A JSON file holding an object.
  /// - Returns: The object.
  /// - Throws: When the file cannot be read or is not an object.
  public static func jsonObject(_ url: URL) throws -> [String: Any] {
    let data = try Data(contentsOf: url)
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CocoaError(.fileReadCorruptFile)
    }
    return object
  }
}
