import FollowModel
import Foundation

/// A themes file read into a small ordered tree, whatever its syntax.
enum ThemeNode {
  /// One key and its value in a mapping.
  struct Entry {
    let key: String
    let value: ThemeNode
  }

  /// A string (or a number or boolean, as written).
  case text(String, line: Int?)
  /// A list.
  case list([ThemeNode], line: Int?)
  /// A mapping whose keys keep their order.
  case map([Entry], line: Int?)

  var line: Int? {
    switch self {
    case .text(_, let line), .list(_, let line), .map(_, let line): line
    }
  }

  /// The themes the tree describes.
  ///
  /// Accepted shapes, at the top or under a `themes` key:
  /// - a mapping from theme name to a list of terms, to a comma-separated string, or to a
  ///   mapping with `words`, `hashtags` and/or `terms` lists (hashtags may omit `#`);
  /// - a list of mappings with `name` and those lists.
  ///
  /// - Parameter path: The file, for messages.
  /// - Returns: The themes, in file order.
  /// - Throws: ``ImportError/malformed(path:location:reason:)``.
  func themes(path: String) throws -> [Theme] {
    var root = self
    if case .map(let entries, _) = self, entries.count == 1, entries[0].key == "themes" {
      root = entries[0].value
    }
    var themes: [Theme] = []
    switch root {
    case .map(let entries, _):
      for entry in entries {
        themes.append(try Self.theme(name: entry.key, entry.value, path: path))
      }
    case .list(let items, _):
      for item in items {
        guard case .map(let entries, let line) = item,
          let nameNode = entries.first(where: { $0.key == "name" })?.value,
          case .text(let name, _) = nameNode
        else {
          throw ImportError.malformed(
            path: path, location: item.line.map { "line \($0)" },
            reason: "each theme in a list needs a name and words or hashtags")
        }
        let rest = ThemeNode.map(entries.filter { $0.key != "name" }, line: line)
        themes.append(try Self.theme(name: name, rest, path: path))
      }
    case .text(_, let line):
      throw ImportError.malformed(
        path: path, location: line.map { "line \($0)" },
        reason: "expected theme names with their words and hashtags, found a single value")
    }
    guard !themes.isEmpty else {
      throw ImportError.malformed(path: path, location: nil, reason: "the file defines no theme")
    }
    do {
      try Theme.validateUnique(themes)
    } catch let error as ModelError {
      throw ImportError.malformed(path: path, location: nil, reason: error.description)
    }
    return themes
  }

  private static func theme(name: String, _ value: ThemeNode, path: String) throws -> Theme {
    let location = value.line.map { "line \($0)" } ?? "theme '\(name)'"
    var terms: [String] = []
    switch value {
    case .text(let list, _):
      terms = list.split(separator: ",").map(String.init)
    case .list:
      terms = try strings(value, path: path, location: location)
    case .map(let entries, _):
      for entry in entries {
        let (key, list) = (entry.key, entry.value)
        switch key {
        case "words", "terms":
          terms += try strings(list, path: path, location: location)
        case "hashtags":
          terms += try strings(list, path: path, location: location).map { tag in
            let trimmed = tag.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("#") ? trimmed : "#" + trimmed
          }
        default:
          throw ImportError.malformed(
            path: path, location: location,
            reason: "theme '\(name)': unknown key '\(key)' (use words, hashtags or terms)")
        }
      }
    }
    do {
      return try Theme(name: name, terms: terms)
    } catch let error as ModelError {
      throw ImportError.malformed(path: path, location: location, reason: error.description)
    }
  }

  private static func strings(_ node: ThemeNode, path: String, location: String) throws -> [String]
  {
    switch node {
    case .text(let value, _): return value.split(separator: ",").map(String.init)
    case .list(let items, _):
      return try items.map { item in
        guard case .text(let value, _) = item else {
          throw ImportError.malformed(
            path: path, location: item.line.map { "line \($0)" } ?? location,
            reason: "expected a word or hashtag, found a list or mapping")
        }
        return value
      }
    case .map(_, let line):
      throw ImportError.malformed(
        path: path, location: line.map { "line \($0)" } ?? location,
        reason: "expected a list of words or hashtags, found a mapping")
    }
  }
}
