import Foundation
import Testing

@testable import FollowImport

/// The DAG-CBOR decoder accepts the DAG-CBOR subset and rejects everything else, bounded.
struct DAGCBORDecoderTests {
  private func decode(_ bytes: [UInt8], limits: ImportLimits = ImportLimits()) throws
    -> CBORValue
  {
    try bytes.withUnsafeBytes {
      try DAGCBORDecoder.decode($0, path: "t.car", location: "block 1", limits: limits)
    }
  }

  private func failure(_ bytes: [UInt8], limits: ImportLimits = ImportLimits()) -> String {
    do {
      let value = try decode(bytes, limits: limits)
      return "<decoded \(value)>"
    } catch let error as ImportError {
      return error.errorDescription ?? ""
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test func decodesScalarsArraysAndMaps() throws {
    // {"a": 1, "bb": [-1, true, null, h'0102', "é"]}
    let bytes: [UInt8] = [
      0xA2, 0x61, 0x61, 0x01, 0x62, 0x62, 0x62, 0x85, 0x20, 0xF5, 0xF6, 0x42, 0x01, 0x02, 0x62,
      0xC3, 0xA9,
    ]
    let value = try decode(bytes)
    #expect(value["a"] == .int(1))
    #expect(value["bb"] == .array([.int(-1), .bool(true), .null, .bytes([1, 2]), .text("é")]))
    #expect(try decode([0x1B, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]) == .int(Int64.max))
    #expect(try decode([0xFB, 0x3F, 0xF8, 0, 0, 0, 0, 0, 0]) == .double(1.5))
  }

  @Test func decodesALinkAsACID() throws {
    let digest = [UInt8](repeating: 7, count: 32)
    let cid: [UInt8] = [0x01, 0x71, 0x12, 0x20] + digest
    let value = try decode([0xD8, 0x2A, 0x58, UInt8(cid.count + 1), 0x00] + cid)
    #expect(value.link?.codec == CID.dagCBOR)
    #expect(value.link?.digest == digest)
    #expect(value.link?.description.hasPrefix("bafyrei") == true)
  }

  @Test func aLengthLargerThanTheDataIsRefusedBeforeAllocating() {
    // A text string claiming 1,000,000 bytes in a 9-byte block.
    let text = failure([0x7A, 0x00, 0x0F, 0x42, 0x40, 0x61, 0x62, 0x63, 0x64])
    #expect(
      text
        == "t.car: block 1: DAG-CBOR: length 1000000 at byte 0 is larger than the 4 bytes that remain"
    )
    // An array claiming 2^32 elements.
    #expect(
      failure([0x9B, 0, 0, 0, 1, 0, 0, 0, 0]).contains("length 4294967296 at byte 0 is larger"))
  }

  @Test func nestingIsLimitedByMaxCBORDepth() {
    // 100 nested arrays (the default --max-cbor-depth) decode; the 101st is refused.
    let allowed = [UInt8](repeating: 0x81, count: 100) + [0x01]
    #expect(failure(allowed).hasPrefix("<decoded"))
    let deep = [UInt8](repeating: 0x81, count: 101) + [0x01]
    #expect(
      failure(deep)
        == "t.car: CBOR nesting depth limit at block 1 byte 100 exceeded (deeper than 100); "
        + "raise it with --max-cbor-depth if the file is genuine")
    // Maps count as arrays do, and the option lowers the cap.
    let maps: [UInt8] = [0xA1, 0x61, 0x61, 0xA1, 0x61, 0x62, 0x81, 0x01]
    #expect(failure(maps, limits: ImportLimits(maxCBORDepth: 3)).hasPrefix("<decoded"))
    #expect(
      failure(maps, limits: ImportLimits(maxCBORDepth: 2))
        == "t.car: CBOR nesting depth limit at block 1 byte 6 exceeded (deeper than 2); "
        + "raise it with --max-cbor-depth if the file is genuine")
  }

  @Test func nestedTagsCountTowardTheDepth() {
    // 50,000 nested tag-42 heads would recurse 50,000 levels; the cap stops the 101st.
    let tags = Array([[UInt8]](repeating: [0xD8, 0x2A], count: 50_000).joined())
    #expect(
      failure(tags + [0x41, 0x00])
        == "t.car: CBOR nesting depth limit at block 1 byte 200 exceeded (deeper than 100); "
        + "raise it with --max-cbor-depth if the file is genuine")
  }

  @Test func declaredLengthsAreLimitedByMaxCBORLength() {
    let text: [UInt8] = [0x65] + Array("hello".utf8)
    let array: [UInt8] = [0x85, 1, 2, 3, 4, 5]
    let limits = ImportLimits(maxCBORLength: 5)
    #expect(failure(text, limits: limits).hasPrefix("<decoded"))
    #expect(failure(array, limits: limits).hasPrefix("<decoded"))
    #expect(
      failure(text, limits: ImportLimits(maxCBORLength: 4))
        == "t.car: CBOR item length limit at block 1 byte 0 exceeded (5 > 4); raise it with "
        + "--max-cbor-length if the file is genuine")
    #expect(
      failure([0x82] + array, limits: ImportLimits(maxCBORLength: 4))
        == "t.car: CBOR item length limit at block 1 byte 1 exceeded (5 > 4); raise it with "
        + "--max-cbor-length if the file is genuine")
  }

  @Test(
    arguments: [
      ([0x9F, 0x01, 0xFF], "indefinite length"),
      ([0x18, 0x05], "non-minimal integer encoding"),
      ([0xA2, 0x61, 0x61, 0x01, 0x61, 0x61, 0x02], "duplicate map key 'a'"),
      ([0xA1, 0x01, 0x02], "map key at byte 1 is not text"),
      ([0xC1, 0x01], "tag 1 at byte 0 (only 42 is allowed)"),
      ([0xF7], "simple value 23"),
      ([0xF9, 0x3C, 0x00], "16- or 32-bit float"),
      ([0x01, 0x02], "1 bytes after the value"),
      ([0x62, 0xFF, 0xFE], "not valid UTF-8"),
      ([0x19, 0x01], "inside an integer"),
    ] as [([UInt8], String)])
  func rejectsWhatDAGCBORForbids(bytes: [UInt8], reason: String) {
    #expect(failure(bytes).contains(reason))
  }
}
