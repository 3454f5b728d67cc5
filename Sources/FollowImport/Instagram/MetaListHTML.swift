import Foundation

/// One list file of Meta's export in HTML (`followers_1.html`, `following.html`, …).
///
/// Two block layouts have been seen: the classic one, `<a href="…/name">name</a><div>date
/// </div>`, and the newer one with the username in an `<h2>` (or a `div` of class `_a6-h`)
/// before a `/_u/name` link whose text is the URL. Dates are in the account's language and
/// carry no time zone (``MetaDate``). The page header before `role="main"` is skipped, and so
/// are `<style>` and `<script>` contents.
struct MetaListHTML {
  /// One entry as read from the page.
  struct Entry {
    var title: String?
    var href: String?
    var linkText: String?
    var dateText: String?

    /// The username: the link's text unless it is the URL, else the title, else the link's
    /// last segment.
    var username: String? {
      MetaUsername.clean(linkText) ?? MetaUsername.clean(title) ?? MetaUsername.fromLink(href)
    }

    var isEmpty: Bool { title == nil && href == nil }
  }

  /// The entries, in page order.
  private(set) var entries: [Entry] = []

  /// Reads a page.
  ///
  /// - Parameters:
  ///   - data: The page's bytes (UTF-8).
  ///   - onEntry: Called after each entry, with the count so far, so the caller can apply the
  ///     record cap while reading.
  /// - Throws: What `onEntry` throws.
  init(data: Data, onEntry: (Int) throws -> Void) throws {
    let bytes = [UInt8](data)
    var scanner = HTMLScanner(bytes: bytes)
    scanner.skipToMain()
    var current = Entry()
    var expectTitle = false
    var inLink = false
    var entries: [Entry] = []
    func flush() throws {
      if !current.isEmpty {
        entries.append(current)
        try onEntry(entries.count)
      }
      current = Entry()
    }
    while let token = scanner.next() {
      switch token {
      case .open(let name, let href, let isTitleClass):
        if name == "a", let href {
          if current.href != nil { try flush() }
          current.href = href
          inLink = true
        } else if isTitleClass || name == "h2" || name == "h3" {
          expectTitle = true
        }
      case .close(let name):
        if name == "a" { inLink = false }
      case .text(let text):
        if inLink {
          current.linkText = (current.linkText ?? "") + text
        } else if expectTitle {
          if current.title != nil || current.href != nil { try flush() }
          current.title = text
          expectTitle = false
        } else if current.href != nil, current.dateText == nil {
          current.dateText = text
        }
      }
    }
    try flush()
    self.entries = entries
  }
}

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
    if bytes[index...].starts(with: Array("<!--".utf8)) {
      index = find(Array("-->".utf8), from: index + 4).map { $0 + 3 } ?? bytes.count
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
    let inside = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
    index = min(end + 1, bytes.count)
    let closing = inside.hasPrefix("/")
    let name = String(
      inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
    ).lowercased()
    guard !name.isEmpty else { return nil }
    if closing { return .close(name) }
    if name == "style" || name == "script" {
      let closer = Array("</\(name)".utf8)
      index = find(closer, from: index, caseInsensitive: true) ?? bytes.count
      return nil
    }
    let href = Self.attribute("href", in: inside).map(HTMLEntities.decode)
    let isTitle = Self.attribute("class", in: inside)?.contains("_a6-h") ?? false
    return .open(name, href: href, isTitleClass: isTitle)
  }

  /// The value of `name="…"` (or `'…'`) in a tag's text.
  private static func attribute(_ name: String, in tag: String) -> String? {
    var rest = tag[...]
    while let range = rest.range(of: name + "=") {
      let before = rest[..<range.lowerBound].last
      rest = rest[range.upperBound...]
      guard before == nil || before == " " || before == "\t" || before == "\n" else { continue }
      guard let quote = rest.first, quote == "\"" || quote == "'" else {
        return String(rest.prefix { !$0.isWhitespace })
      }
      let body = rest.dropFirst()
      return String(body.prefix { $0 != quote })
    }
    return nil
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
