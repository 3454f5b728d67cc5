import Foundation

/// Reads the links of a Mastodon post's HTML `content`.
enum MastodonHTML {
  /// The `href` of every `<a>` that is neither a mention nor a hashtag link, in order.
  ///
  /// Mastodon marks those with `class="u-url mention"` and `class="mention hashtag"` (and
  /// `rel="tag"`); what remains are the links the author wrote.
  ///
  /// - Parameter html: The post's HTML.
  /// - Returns: The links, `&amp;` decoded, without duplicates.
  static func links(in html: String) -> [String] {
    var links: [String] = []
    var seen: Set<String> = []  // linear in the number of links, not quadratic
    // A scan of the UTF-8 bytes: searching a Substring with Foundation copies the rest of the
    // text on every call, which made a note of many links quadratic.
    let bytes = Array(html.utf8)
    var index = 0
    while let open = bytes[index...].firstIndex(of: 0x3C) {  // <
      index = open + 1
      guard bytes[index...].starts(with: [0x61, 0x20]) else { continue }  // "a "
      guard let close = bytes[index...].firstIndex(of: 0x3E) else { break }  // >
      let tag = Substring(String(decoding: bytes[(open + 3)..<close], as: UTF8.self))
      index = close
      let classes = attribute("class", in: tag) ?? ""
      let rel = attribute("rel", in: tag) ?? ""
      guard !classes.contains("mention"), !classes.contains("hashtag"),
        !rel.split(separator: " ").contains("tag"),
        let href = attribute("href", in: tag), href.hasPrefix("http")
      else { continue }
      let decoded = href.replacingOccurrences(of: "&amp;", with: "&")
      if seen.insert(decoded).inserted { links.append(decoded) }
    }
    return links
  }

  /// The value of `name="…"` in the text of a tag.
  private static func attribute(_ name: String, in tag: Substring) -> String? {
    guard let start = tag.range(of: " \(name)=\"") ?? tag.range(of: "\(name)=\""),
      let end = tag[start.upperBound...].firstIndex(of: "\"")
    else { return nil }
    return String(tag[start.upperBound..<end])
  }
}
