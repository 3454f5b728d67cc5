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
    var rest = html[...]
    while let open = rest.range(of: "<a ") {
      guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
      let tag = rest[open.upperBound..<close]
      rest = rest[close...]
      let classes = attribute("class", in: tag) ?? ""
      let rel = attribute("rel", in: tag) ?? ""
      guard !classes.contains("mention"), !classes.contains("hashtag"),
        !rel.split(separator: " ").contains("tag"),
        let href = attribute("href", in: tag), href.hasPrefix("http")
      else { continue }
      let decoded = href.replacingOccurrences(of: "&amp;", with: "&")
      if !links.contains(decoded) { links.append(decoded) }
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
