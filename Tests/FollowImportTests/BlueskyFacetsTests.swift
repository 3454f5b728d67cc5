import Testing

@testable import FollowImport

/// Facet ranges count UTF-8 bytes, not characters or UTF-16 units.
struct BlueskyFacetsTests {
  private let text = "Grüße 🌍 #café"

  @Test func aByteRangeCutsTheRightCharacters() {
    let utf8 = Array(text.utf8)
    // "Grüße " is 8 bytes, "🌍 " 5 more: "#café" starts at byte 13 and is 6 bytes long.
    #expect(BlueskyFacets.slice(utf8, start: 13, end: 19) == "#café")
    #expect(BlueskyFacets.slice(utf8, start: 13, end: 18) == nil)  // cuts the é
    #expect(BlueskyFacets.slice(utf8, start: 13, end: 99) == nil)
  }

  @Test func aRangeCountedInCharactersIsReported() {
    // Character offsets (9..<14) land inside the emoji: the facet is flagged, the tag kept.
    let facets: CBORValue = .array([
      .map([
        "index": .map(["byteStart": .int(9), "byteEnd": .int(14)]),
        "features": .array([
          .map(["$type": .text("app.bsky.richtext.facet#tag"), "tag": .text("café")])
        ]),
      ])
    ])
    let read = BlueskyFacets(facets, text: text)
    #expect(read.hashtags == ["café"])
    #expect(read.badRanges == 1)
  }

  @Test func aTagFacetWithoutTagTakesTheText() {
    let facets: CBORValue = .array([
      .map([
        "index": .map(["byteStart": .int(13), "byteEnd": .int(19)]),
        "features": .array([.map(["$type": .text("app.bsky.richtext.facet#tag")])]),
      ])
    ])
    #expect(BlueskyFacets(facets, text: text).hashtags == ["café"])
  }
}
