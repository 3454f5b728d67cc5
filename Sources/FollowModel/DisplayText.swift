/// Text from untrusted files made safe to print on one terminal line.
public enum DisplayText {
  /// `text` with every character that could break or spoof a line of terminal output written
  /// as a visible `\u{…}` escape: C0 and C1 control characters (line breaks, escape
  /// sequences), DEL, the Unicode line and paragraph separators, and the bidirectional
  /// overrides and isolates that reorder what a reader sees.
  ///
  /// - Parameter text: Text that may hold bytes of a hostile file.
  /// - Returns: One printable line.
  /// - Complexity: O(n) in the length of `text`.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Multi-line text made safe for a terminal: like ``escaped(_:)``, but line breaks (`\n`)
  /// are kept, so a rendered report keeps its lines while no byte of data can move the cursor,
  /// clear the screen or reorder what a reader sees.
  ///
  /// - Parameter text: Rendered text that may quote hostile data.
  /// - Returns: The text with every unsafe character but `\n` escaped.
  /// - Complexity: O(n) in the length of `text`.
  public static func terminalSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && isUnsafe($0) }) else {
      return text
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { escaped(String($0)) }.joined(separator: "\n")
  }

  /// Whether `scalar` is one that ``escaped(_:)`` replaces.
  ///
  /// - Parameter scalar: A Unicode scalar.
  /// - Returns: `true` for controls, line separators and bidirectional formatting characters.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x2028, 0x2029: true
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
