import FollowImport
import Foundation
import Testing

/// The caps of `ImportLimits`: each failure names the cap and the option that raises it.
struct ImportLimitsTests {
  private func nested(_ depth: Int) -> Data {
    Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
  }

  private struct AnyNested: Decodable {
    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      while !container.isAtEnd { _ = try container.decode(AnyNested.self) }
    }
  }

  @Test func jsonAtTheDepthCapDecodesAndOneDeeperFails() throws {
    let limits = ImportLimits(maxJSONDepth: 8)
    _ = try JSONDocument.decode(AnyNested.self, from: nested(8), path: "a.json", limits: limits)
    #expect(
      throws: ImportError.limitExceeded(
        path: "a.json", limit: "JSON nesting depth limit at line 1", value: "deeper than 8",
        option: "--max-json-depth")
    ) {
      _ = try JSONDocument.decode(AnyNested.self, from: nested(9), path: "a.json", limits: limits)
    }
  }

  @Test func bracketsInsideStringsDoNotCount() throws {
    let text = #"["[[[[[[[[[[", "\"{{{{{{{{{{", "\\"]"#
    let decoded = try JSONDocument.decode(
      [String].self, from: Data(text.utf8), path: "s.json", limits: ImportLimits(maxJSONDepth: 1))
    #expect(decoded == ["[[[[[[[[[[", "\"{{{{{{{{{{", "\\"])
  }

  @Test func theDepthErrorNamesTheLine() {
    let text = "{\n\"a\": [\n[\n[1]\n]\n]\n}"
    #expect(
      throws: ImportError.limitExceeded(
        path: "d.json", limit: "JSON nesting depth limit at line 4", value: "deeper than 3",
        option: "--max-json-depth")
    ) {
      _ = try JSONDocument.decode(
        [String: [[[Int]]]].self, from: Data(text.utf8), path: "d.json",
        limits: ImportLimits(maxJSONDepth: 3))
    }
  }

  @Test func megabytesOfOpeningBracketsFailFastWithoutRecursion() throws {
    // 4 MiB of '[' would overflow a recursive decoder's stack; the scan stops at the cap.
    let data = Data(repeating: 0x5B, count: 4 << 20)
    #expect(throws: ImportError.self) {
      _ = try JSONDocument.decode(AnyNested.self, from: data, path: "deep.json")
    }
  }

  @Test func cborCapsNameTheirOptions() {
    let limits = ImportLimits(maxCBORDepth: 4, maxCBORLength: 1_000)
    #expect(throws: Never.self) {
      try limits.checkCBORDepth(4, path: "r.car", location: "byte 10")
      try limits.checkCBORLength(1_000, path: "r.car", location: "byte 10")
    }
    #expect(
      throws: ImportError.limitExceeded(
        path: "r.car", limit: "CBOR nesting depth limit at byte 10", value: "deeper than 4",
        option: "--max-cbor-depth")
    ) { try limits.checkCBORDepth(5, path: "r.car", location: "byte 10") }
    #expect(
      throws: ImportError.limitExceeded(
        path: "r.car", limit: "CBOR item length limit at byte 99",
        value: "18446744073709551615 > 1000", option: "--max-cbor-length")
    ) { try limits.checkCBORLength(UInt64.max, path: "r.car", location: "byte 99") }
  }

  @Test func theRecordCapNamesItsOption() {
    #expect(throws: Never.self) { try ImportLimits(maxRecords: 3).checkRecords(3, path: "f") }
    #expect(
      throws: ImportError.limitExceeded(
        path: "f", limit: "record limit", value: "more than 3 records", option: "--max-records")
    ) { try ImportLimits(maxRecords: 3).checkRecords(4, path: "f") }
  }

  @Test func defaultsAreGenerousButFinite() {
    let limits = ImportLimits()
    #expect(limits.maxJSONDepth == 100)
    #expect(limits.maxCBORDepth == 100)
    #expect(limits.maxCBORLength == 64 << 20)
    #expect(limits.maxJSONLLineBytes == 64 << 20)
  }
}
