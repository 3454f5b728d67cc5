import Foundation

/// A forward-only scanner over HTML bytes yielding tags and non-blank text (entities decoded).
struct HTMLScanner {
  enum Token {
    /// An opening tag: its lower-cased name, its `href`, and whether its class holds `_a6-h`
    /// (the entry-title class of Meta's pages).
    case open(String, href: String?, isTitleClass: Bool)
    case close(String)
    case text(String)
  }

  private let bytes: [UInt8]
  private var index = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Moves past the `role="main"` tag, or else past `<body`, or stays at the start.
  mutating func skipToMain() {
    for marker in ["role=\"main\"", "<body"] {
      if let found = find(Array(marker.utf8), from: 0) {
        index = bytes[found...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
        return
      }
    }
  }

  mutating func next() -> Token? {
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<") {
        guard let token = readTag() else { continue }
        return token
      }
      let start = index
      while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
      let text = HTMLEntities.decode(String(decoding: bytes[start..<index], as: UTF8.self))
        .trimmingCharacters(in: .whitespacesAndNewlines)
      if !text.isEmpty { return .text(text) }
    }
    return nil
  }

  /// Reads the tag at `index`; `nil` for comments, declarations and skipped elements.
  private mutating func readTag() -> Token? {
    if bytes[index...].starts(with: Self.commentOpen) {
      index = find(Self.commentClose, from: index + 4).map { $0 + 3 } ?? bytes.count
      return nil
    }
    var end = index + 1
    var quote: UInt8? = nil
    while end < bytes.count {
      let byte = bytes[end]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        break
      }
      end += 1
    }
    let tag = bytes[(index + 1)..<min(end, bytes.count)]
    index = min(end + 1, bytes.count)
    var cursor = tag.startIndex
    let closing = cursor < tag.endIndex && tag[cursor] == UInt8(ascii: "/")
    if closing { cursor += 1 }
    let nameStart = cursor
    while cursor < tag.endIndex, Self.isAlphanumeric(tag[cursor]) { cursor += 1 }
    guard cursor > nameStart else { return nil }
    let name = String(decoding: tag[nameStart..<cursor], as: UTF8.self).lowercased()
    if closing { return .close(name) }
    if name == "style" || name == "script" {
      let closer = Array("</\(name)".utf8)
      index = find(closer, from: index, caseInsensitive: true) ?? bytes.count
      return nil
    }
    let rest = tag[cursor...]
    let href = Self.attribute(Self.hrefName, in: rest).map {
      HTMLEntities.decode(String(decoding: $0, as: UTF8.self))
    }
    let isTitle =
      Self.attribute(Self.className, in: rest).map { value in
        Self.contains(value, Self.titleClass)
      } ?? false
    return .open(name, href: href, isTitleClass: isTitle)
  }

  private static let commentOpen = Array("<!--".utf8)
  private static let commentClose = Array("-->".utf8)
  private static let hrefName = Array("href".utf8)
  private static let className = Array("class".utf8)
  private static let titleClass = Array("_a6-h".utf8)

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The value of `name="…"` (or `'…'`, or unquoted) in a tag's bytes.
  private static func attribute(_ name: [UInt8], in tag: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    var i = tag.startIndex
    while i + name.count < tag.endIndex {
      if tag[i + name.count] == UInt8(ascii: "="), i == tag.startIndex || isSpace(tag[i - 1]),
        tag[i..<(i + name.count)].elementsEqual(name)
      {
        var j = i + name.count + 1
        if j < tag.endIndex, tag[j] == UInt8(ascii: "\"") || tag[j] == UInt8(ascii: "'") {
          let quote = tag[j]
          j += 1
          let valueStart = j
          while j < tag.endIndex, tag[j] != quote { j += 1 }
          return tag[valueStart..<j]
        }
        let valueStart = j
        while j < tag.endIndex, !isSpace(tag[j]) { j += 1 }
        return tag[valueStart..<j]
      }
      i += 1
    }
    return nil
  }

  private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    var i = haystack.startIndex
    while i + needle.count <= haystack.endIndex {
      if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }

  private func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
    guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
    let first = needle[0]
    var i = start
    while i <= bytes.count - needle.count {
      if bytes[i] == first {
        var matches = true
        for k in 1..<needle.count {
          var byte = bytes[i + k]
          if caseInsensitive, byte >= 0x41, byte <= 0x5A { byte += 0x20 }
          if byte != needle[k] {
            matches = false
            break
          }
        }
        if matches { return i }
      }
      i += 1
    }
    return nil
  }
}

/// HTML character references: the named ones Meta's pages use and numeric ones.
enum HTMLEntities {
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
  ]

  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semi = after.prefix(12).firstIndex(of: ";") else {
        out += "&"
        rest = after
        continue
      }
      let name = after[..<semi]
      if let value = named[String(name)] {
        out += value
      } else if name.hasPrefix("#"), let scalar = numeric(name.dropFirst()) {
        out.unicodeScalars.append(scalar)
      } else {
        out += "&" + name + ";"
      }
      rest = after[after.index(after: semi)...]
    }
    return out + rest
  }

  private static func numeric(_ text: Substring) -> Unicode.Scalar? {
    let value: UInt32?
    if text.hasPrefix("x") || text.hasPrefix("X") {
      value = UInt32(text.dropFirst(), radix: 16)
    } else {
      value = UInt32(text)
    }
    return value.flatMap(Unicode.Scalar.init)
  }
}
