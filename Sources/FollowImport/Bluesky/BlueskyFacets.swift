/// Rich-text facets of a Bluesky post (`app.bsky.richtext.facet`): mentions, links and
/// hashtags attached to UTF-8 byte ranges of the text.
struct BlueskyFacets {
  /// Hashtags without `#`, in order of appearance.
  var hashtags: [String] = []
  /// Mentioned handles without `@` as the text shows them, with the DID of each.
  var mentions: [(handle: String?, did: String)] = []
  /// Link targets.
  var links: [String] = []
  /// Facets whose byte range does not fall on the text's characters.
  var badRanges = 0

  /// Reads the `facets` array of a post record.
  ///
  /// - Parameters:
  ///   - facets: The record's `facets` value.
  ///   - text: The post's text; byte offsets index its UTF-8 encoding.
  init(_ facets: CBORValue?, text: String) {
    guard let facets = facets?.array else { return }
    let utf8 = Array(text.utf8)
    for facet in facets {
      let slice = Self.slice(
        utf8, start: facet["index"]?["byteStart"]?.int, end: facet["index"]?["byteEnd"]?.int)
      if slice == nil { badRanges += 1 }
      for feature in facet["features"]?.array ?? [] {
        switch feature["$type"]?.text {
        case "app.bsky.richtext.facet#tag":
          guard let tag = feature["tag"]?.text ?? slice.map(Self.dropSigil) else { continue }
          hashtags.append(tag)
          // The range must cover `#tag` in the text; a range counted in characters or
          // UTF-16 units lands elsewhere once non-ASCII text precedes it.
          if let slice, Self.dropSigil(slice).lowercased() != tag.lowercased() { badRanges += 1 }
        case "app.bsky.richtext.facet#mention":
          guard let did = feature["did"]?.text else { continue }
          mentions.append((slice.map(Self.dropSigil), did))
        case "app.bsky.richtext.facet#link":
          if let uri = feature["uri"]?.text { links.append(uri) }
        default:
          continue
        }
      }
    }
  }

  /// The text of UTF-8 bytes `start..<end`, or `nil` when the range is out of bounds, empty,
  /// or cuts a character.
  ///
  /// - Parameters:
  ///   - utf8: The text's UTF-8 bytes.
  ///   - start: `byteStart`.
  ///   - end: `byteEnd`.
  /// - Returns: The characters in the range.
  static func slice(_ utf8: [UInt8], start: Int64?, end: Int64?) -> String? {
    guard let start, let end, start >= 0, start < end, end <= Int64(utf8.count) else {
      return nil
    }
    return String(validating: utf8[Int(start)..<Int(end)], as: UTF8.self)
  }

  private static func dropSigil(_ text: String) -> String {
    text.hasPrefix("#") || text.hasPrefix("@") || text.hasPrefix("＃")
      ? String(text.dropFirst()) : text
  }
}
