/// Turns the HTML of a post (Mastodon stores posts as HTML) into plain text.
///
/// Tags are removed: inline tags (`a`, `span`, `b`, `em`, …) without a trace, so that
/// Mastodon's `#<span>tag</span>` stays `#tag` and its split link spans join into one URL;
/// every other tag (`p`, `br`, `li`, …) becomes a space. The content of `script` and `style`
/// elements is dropped. Character references are decoded afterwards: the five XML entities,
/// `&nbsp;`, a few typographic names, and decimal and hexadecimal references. Text without
/// tags, such as an X/Twitter tweet (whose `&amp;`, `&lt;` and `&gt;` are encoded), only has
/// its references decoded.
public enum HTMLText {
  /// Tags removed without leaving a space.
  static let inlineTags: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var", "wbr",
  ]

  /// Named references decoded besides the numeric ones.
  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
    "rdquo": "”", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™",
    "euro": "€", "pound": "£", "middot": "·", "bull": "•", "zwj": "\u{200D}",
  ]

  /// The plain text of `text`: tags removed, references decoded.
  ///
  /// - Parameter text: A post's text or HTML.
  /// - Returns: The plain text.
  /// - Complexity: O(*n*) for *n* characters.
  public static func plainText(_ text: String) -> String {
    decodeEntities(containsTag(text) ? stripTags(text) : text)
  }

  /// Whether `text` holds something that looks like a tag: `<` followed by a letter, `/` or
  /// `!`.
  static func containsTag(_ text: String) -> Bool {
    var previousWasOpen = false
    for scalar in text.unicodeScalars {
      if previousWasOpen && (isASCIILetter(scalar) || scalar == "/" || scalar == "!") {
        return true
      }
      previousWasOpen = scalar == "<"
    }
    return false
  }

  /// `text` with its tags removed; inline tags leave nothing, others a space.
  static func stripTags(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    var skipUntilClosing: String?
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "<", index + 1 < scalars.count,
        isASCIILetter(scalars[index + 1]) || scalars[index + 1] == "/"
          || scalars[index + 1] == "!"
      else {
        if skipUntilClosing == nil { out.append(scalar) }
        index += 1
        continue
      }
      // Find the end of the tag, honouring quoted attribute values.
      var end = index + 1
      var quote: Unicode.Scalar?
      while end < scalars.count {
        let c = scalars[end]
        if let open = quote {
          if c == open { quote = nil }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if c == ">" {
          break
        }
        end += 1
      }
      let name = tagName(scalars, from: index + 1)
      let isClosing = scalars[index + 1] == "/"
      if let waiting = skipUntilClosing {
        if isClosing && name == waiting { skipUntilClosing = nil }
      } else if !isClosing && (name == "script" || name == "style") {
        skipUntilClosing = name
      } else if !inlineTags.contains(name) {
        out.append(" ")
      }
      index = end + 1
    }
    return String(out)
  }

  /// The lower-case name of the tag whose text starts at `start` (after `<`).
  private static func tagName(_ scalars: [Unicode.Scalar], from start: Int) -> String {
    var index = start
    if index < scalars.count && scalars[index] == "/" { index += 1 }
    var name = String.UnicodeScalarView()
    while index < scalars.count, isASCIILetter(scalars[index]) || isASCIIDigit(scalars[index]) {
      name.append(scalars[index])
      index += 1
    }
    return String(name).lowercased()
  }

  /// `text` with character references decoded; unknown references are kept as written.
  ///
  /// - Parameter text: Text that may hold `&…;` references.
  /// - Returns: The decoded text.
  public static func decodeEntities(_ text: String) -> String {
    guard text.unicodeScalars.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "&", let (decoded, length) = reference(scalars, at: index) else {
        out.append(scalar)
        index += 1
        continue
      }
      out.append(contentsOf: decoded.unicodeScalars)
      index += length
    }
    return String(out)
  }

  /// The text of the reference starting at `start` and the number of scalars it spans.
  private static func reference(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    var end = start + 1
    while end < scalars.count, end - start <= 12, scalars[end] != ";" { end += 1 }
    guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
    let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
    let length = end - start + 1
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if digits.hasPrefix("x") || digits.hasPrefix("X") {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits, radix: 10)
      }
      guard let value, value != 0, let decoded = Unicode.Scalar(value) else { return nil }
      return (String(decoded), length)
    }
    guard let decoded = entities[body.lowercased()] else { return nil }
    return (decoded, length)
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
