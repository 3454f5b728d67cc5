import FollowModel
import Foundation
import Yams

/// Reads a file of named themes: YAML (`.yaml`, `.yml`), JSON (`.json`) or TOML (`.toml`);
/// other names are read as TOML when they look like it, else as YAML (which also reads JSON).
///
/// ```yaml
/// marketing: [marketing, brand, seo, "#contentmarketing"]
/// sports:
///   words: [football, "world cup"]
///   hashtags: [nfl, worldcup]
/// ```
/// ```toml
/// marketing = ["marketing", "brand", "#seo"]
/// [sports]
/// words = ["football"]
/// hashtags = ["nfl"]
/// ```
public enum ThemeFile {
  /// The largest themes file read, in bytes.
  public static let maximumBytes = 1 << 20

  /// Reads and parses the file at `path`.
  ///
  /// - Parameter path: The file.
  /// - Returns: The themes, in file order.
  /// - Throws: ``ImportError`` when the file is missing, unreadable, too large or malformed.
  public static func read(path: String) throws -> [Theme] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ImportError.fileNotFound(path: path)
    }
    guard !isDirectory.boolValue else {
      throw ImportError.unreadable(path: path, reason: "it is a folder, not a themes file")
    }
    // At most one byte more than the cap is read, so a huge file (or a device that never
    // ends) is refused by `parse` without being loaded.
    let data: Data
    do {
      let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      defer { try? handle.close() }
      data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
    } catch {
      throw ImportError.unreadable(path: path, reason: error.localizedDescription)
    }
    return try parse(data, path: path)
  }

  /// Parses themes from the bytes of a file.
  ///
  /// - Parameters:
  ///   - data: The content.
  ///   - path: The file name; its extension chooses the syntax.
  /// - Returns: The themes, in file order.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` naming the line.
  public static func parse(_ data: Data, path: String) throws -> [Theme] {
    guard data.count <= maximumBytes else {
      throw ImportError.malformed(
        path: path, location: nil,
        reason: "larger than \(maximumBytes) bytes, the most a themes file may hold")
    }
    try JSONDocument.checkUTF8(data, path: path)
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw ImportError.malformed(path: path, location: nil, reason: "the file is empty")
    }
    let lowered = path.lowercased()
    let isTOML =
      lowered.hasSuffix(".toml")
      || (!lowered.hasSuffix(".yaml") && !lowered.hasSuffix(".yml") && !lowered.hasSuffix(".json")
        && TOMLSubset.looksLikeTOML(text))
    let tree = isTOML ? try TOMLSubset.parse(text, path: path) : try yamlTree(text, path: path)
    return try tree.themes(path: path)
  }

  /// Parses YAML (or JSON) into a tree, keeping mapping order.
  static func yamlTree(_ text: String, path: String) throws -> ThemeNode {
    try refuseYAMLAnchors(text, path: path)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw ImportError.malformed(path: path, location: nil, reason: describe(error))
    } catch {
      throw ImportError.malformed(path: path, location: nil, reason: "not valid YAML or JSON")
    }
    guard let root else {
      throw ImportError.malformed(path: path, location: nil, reason: "the file is empty")
    }
    return try convert(root, path: path)
  }

  private static func convert(_ node: Node, path: String) throws -> ThemeNode {
    let line = node.mark.map { $0.line }
    switch node {
    case .scalar(let scalar):
      return .text(scalar.string, line: line)
    case .sequence(let sequence):
      return .list(try sequence.map { try convert($0, path: path) }, line: line)
    case .mapping(let mapping):
      var entries: [ThemeNode.Entry] = []
      for (key, value) in mapping {
        guard case .scalar(let name) = key else {
          throw ImportError.malformed(
            path: path, location: line.map { "line \($0)" }, reason: "a key must be a plain name")
        }
        entries.append(ThemeNode.Entry(key: name.string, value: try convert(value, path: path)))
      }
      return .map(entries, line: line)
    case .alias:
      throw ImportError.malformed(
        path: path, location: line.map { "line \($0)" }, reason: "YAML aliases are not supported")
    }
  }

  /// One line from a YAML error: the problem and where.
  private static func describe(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return "line \(mark.line), column \(mark.column): \(problem)"
    case .duplicatedKeysInMapping(let duplicates, _):
      return "repeated keys: \(duplicates.joined(separator: ", "))"
    default:
      return String(describing: error).split(separator: "\n").first.map(String.init)
        ?? "not valid YAML or JSON"
    }
  }
}
