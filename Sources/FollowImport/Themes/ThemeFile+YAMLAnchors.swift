extension ThemeFile {
  /// Throws when `text` may define a YAML anchor (`&name`), before Yams reads it.
  ///
  /// Yams resolves every alias (`*name`) to the node its anchor names, so a few hundred bytes
  /// of nested aliases ("billion laughs") describe billions of values; hashing such a mapping
  /// key inside Yams, or walking the tree, would never finish. Without an anchor every alias is
  /// an error, so refusing anchors is enough. The check is deliberately wider than YAML:
  /// any `&` directly followed by a letter, digit, `-` or `_` counts unless a character that
  /// continues plain text (a letter, digit or `.`, `/`, `;`, `=`, `+`, `(`, `)`, `~`, `$`)
  /// comes right before it, so `R&D` passes and `rock &roll`, even quoted, is refused.
  ///
  /// - Parameters:
  ///   - text: The file's text.
  ///   - path: The file, for the message.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` naming the line.
  /// - Complexity: O(n) in the length of `text`.
  static func refuseYAMLAnchors(_ text: String, path: String) throws {
    var line = 1
    var previous: Unicode.Scalar?
    var scalars = text.unicodeScalars.makeIterator()
    var current = scalars.next()
    while let scalar = current {
      let next = scalars.next()
      if scalar == "&", let next, isAnchorCharacter(next),
        previous.map(continuesPlainText) != true
      {
        var name = String(next)
        var rest = scalars
        while name.unicodeScalars.count < 32, let more = rest.next(), isAnchorCharacter(more) {
          name.unicodeScalars.append(more)
        }
        throw ImportError.malformed(
          path: path, location: "line \(line)",
          reason: "YAML anchors and aliases are not supported in themes files (found "
            + "'&\(name)'; write '&' right after a word, or 'and')")
      }
      if scalar == "\n" { line += 1 }
      previous = scalar
      current = next
    }
  }

  /// The characters of an anchor name libyaml accepts: ASCII letters, digits, `-` and `_`.
  private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-", "_": true
    default: false
    }
  }

  /// Whether `scalar` can only sit inside plain text, so an `&` after it cannot start a token.
  private static func continuesPlainText(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
    return ".;/=+()~$".unicodeScalars.contains(scalar)
  }
}
