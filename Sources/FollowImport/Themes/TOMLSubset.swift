import Foundation

/// Reads the part of TOML a themes file needs.
///
/// Comments, `[table]` headers (bare, quoted or dotted under `themes.`), and `key = value` where
/// the value is a string (basic `"…"` with escapes, or literal `'…'`) or an array of strings, which
/// may span lines and end with a comma. Anything else is reported with its line rather than guessed
/// at.
enum TOMLSubset {
  /// Whether `text` looks like TOML: a `[table]` line or a `key = ` line before anything else.
  static func looksLikeTOML(_ text: String) -> Bool {
    for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") { return true }
      if let equals = line.firstIndex(of: "="), let colon = line.firstIndex(of: ":") {
        return equals < colon
      }
      return line.contains("=")
    }
    return false
  }

  /// Parses `text` into a tree: top-level keys and one mapping per table.
  ///
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` naming the line.
  static func parse(_ text: String, path: String) throws -> ThemeNode {
    var reader = Reader(scalars: Array(text.unicodeScalars), path: path)
    var top: [ThemeNode.Entry] = []
    var tables: [(name: String, line: Int, entries: [ThemeNode.Entry])] = []
    while true {
      reader.skipBlankAndComments()
      guard let c = reader.peek() else { break }
      let line = reader.line
      if c == "[" {
        reader.advance()
        var name = try reader.key()
        reader.skipSpaces()
        while reader.peek() == "." {
          reader.advance()
          let part = try reader.key()
          guard name == "themes" else {
            throw reader.error("nested tables are not supported ([\(name).\(part)])")
          }
          name = part
          reader.skipSpaces()
        }
        guard reader.peek() == "]" else { throw reader.error("expected ']' after the table name") }
        reader.advance()
        try reader.endOfLine()
        guard name != "themes" || !tables.isEmpty || !top.isEmpty else { continue }
        tables.append((name, line, []))
        continue
      }
      let key = try reader.key()
      reader.skipSpaces()
      guard reader.peek() == "=" else { throw reader.error("expected '=' after '\(key)'") }
      reader.advance()
      reader.skipSpaces()
      let value = try reader.value()
      try reader.endOfLine()
      if tables.isEmpty {
        top.append(ThemeNode.Entry(key: key, value: value))
      } else {
        tables[tables.count - 1].entries.append(ThemeNode.Entry(key: key, value: value))
      }
    }
    let all =
      top + tables.map { ThemeNode.Entry(key: $0.name, value: .map($0.entries, line: $0.line)) }
    return .map(all, line: 1)
  }

  /// A cursor over the text with line tracking.
  private struct Reader {
    let scalars: [Unicode.Scalar]
    let path: String
    var index = 0
    var line = 1

    func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func advance() {
      if scalars[index] == "\n" { line += 1 }
      index += 1
    }

    func error(_ reason: String) -> ImportError {
      .malformed(path: path, location: "line \(line)", reason: reason)
    }

    mutating func skipSpaces() {
      while let c = peek(), c == " " || c == "\t" { advance() }
    }

    /// Skips white space, line breaks and comments.
    mutating func skipBlankAndComments() {
      while let c = peek() {
        if c == " " || c == "\t" || c == "\n" || c == "\r" {
          advance()
        } else if c == "#" {
          while let d = peek(), d != "\n" { advance() }
        } else {
          return
        }
      }
    }

    /// Requires the rest of the line to be blank or a comment.
    mutating func endOfLine() throws {
      skipSpaces()
      if peek() == "#" { while let d = peek(), d != "\n" { advance() } }
      if peek() == "\r" { advance() }
      guard peek() == nil || peek() == "\n" else { throw error("unexpected text after the value") }
    }

    /// A bare key (letters, digits, `-`, `_`) or a quoted one.
    mutating func key() throws -> String {
      skipSpaces()
      if peek() == "\"" || peek() == "'" { return try string() }
      var out = String.UnicodeScalarView()
      while let c = peek(),
        c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-"
          || c == "_"
      {
        out.append(c)
        advance()
      }
      guard !out.isEmpty else { throw error("expected a name") }
      return String(out)
    }

    /// A string or an array of strings.
    mutating func value() throws -> ThemeNode {
      let start = line
      if peek() == "[" {
        advance()
        var items: [ThemeNode] = []
        while true {
          skipBlankAndComments()
          if peek() == "]" {
            advance()
            return .list(items, line: start)
          }
          let itemLine = line
          items.append(.text(try string(), line: itemLine))
          skipBlankAndComments()
          if peek() == "," {
            advance()
          } else if peek() != "]" {
            throw error("expected ',' or ']' in the list")
          }
        }
      }
      guard peek() == "\"" || peek() == "'" else {
        throw error(
          "expected a string or a list of strings (numbers, tables and dates are not read)")
      }
      return .text(try string(), line: start)
    }

    /// A basic (`"…"`, with escapes) or literal (`'…'`) one-line string.
    mutating func string() throws -> String {
      guard let quote = peek(), quote == "\"" || quote == "'" else {
        throw error("expected a string")
      }
      advance()
      var out = String.UnicodeScalarView()
      while let c = peek() {
        if c == "\n" { break }
        advance()
        if c == quote { return String(out) }
        guard quote == "\"", c == "\\" else {
          out.append(c)
          continue
        }
        guard let e = peek() else { break }
        advance()
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "\"", "\\": out.append(e)
        case "u", "U":
          var hex = ""
          for _ in 0..<(e == "u" ? 4 : 8) {
            guard let h = peek() else { break }
            hex.unicodeScalars.append(h)
            advance()
          }
          guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error("invalid \\\(e) escape")
          }
          out.append(scalar)
        default: throw error("unsupported escape \\\(e)")
        }
      }
      throw error("a string is not closed on its line")
    }
  }
}
