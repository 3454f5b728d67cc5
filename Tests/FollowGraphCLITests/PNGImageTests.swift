import Foundation
import Testing

/// The test PNG decoder on hand-made files (`Fixtures/make_png_fixtures.py`), without Chromium.
struct PNGImageTests {
  /// The bytes of fixture `name`, copied into the test bundle.
  static func fixture(_ name: String) throws -> [UInt8] {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The colour of pixel (`x`, `y`) in every fixture: `pixel()` of make_png_fixtures.py.
  static func expected(_ x: Int, _ y: Int) -> RGB {
    func byte(_ value: Int) -> UInt8 { UInt8((value % 256 + 256) % 256) }
    return RGB(
      red: byte(40 * x + 90 * y), green: byte(200 - 30 * x + 15 * y),
      blue: byte(5 + 25 * x - 50 * y))
  }

  /// Every pixel of `image` compared with ``expected(_:_:)``.
  private func expectFormula(_ image: PNGImage) {
    for y in 0..<image.height {
      for x in 0..<image.width {
        #expect(image.rgb(x: x, y: y) == Self.expected(x, y), "pixel (\(x), \(y))")
      }
    }
  }

  @Test func rgbRowsOfEveryFilterTypeDecodeExactly() throws {
    // Given 5×6 RGB rows filtered None, Sub, Up, Average, Paeth, Paeth over two IDAT chunks
    let image = try PNGImage(data: Data(try Self.fixture("rgb-filters.png")))
    // Then size, layout and every pixel are as generated
    #expect((image.width, image.height, image.channels) == (5, 6, 3))
    expectFormula(image)
    #expect(image.rgb(x: 4, y: 5) == RGB(red: 98, green: 155, blue: 111))
    #expect(image.rgb(x: 5, y: 0) == nil && image.rgb(x: 0, y: -1) == nil)
    #expect(image.count { $0.red >= 128 } == 14)
  }

  @Test func nearnessAllowsTheToleranceOnEachChannel() {
    let blue = RGB(red: 0, green: 114, blue: 178)
    #expect(blue.isNear(RGB(red: 3, green: 111, blue: 181), tolerance: 3))
    #expect(!blue.isNear(RGB(red: 0, green: 114, blue: 182), tolerance: 3))
  }

  @Test func rgbaRowsDecodeExactly() throws {
    // Given 3×4 RGBA rows filtered Sub, Paeth, Average, Up (4 bytes a pixel)
    let image = try PNGImage(data: Data(try Self.fixture("rgba-filters.png")))
    #expect((image.width, image.height, image.channels) == (3, 4, 4))
    expectFormula(image)
    #expect(image.rgb(x: 2, y: 3) == RGB(red: 94, green: 185, blue: 161))
  }

  /// A way to spoil rgb-filters.png (160 bytes: IHDR at 8, tEXt at 33, IDAT at 60 and 104,
  /// IEND at 148) and a piece of the message it must give.
  enum Damage: String, CaseIterable, Sendable {
    case empty, wrongSignature, signatureOnly, noIEND, cutInsideIDAT, hugeChunkLength
    case noIDAT, secondIDATMissing, badZlibHeader, heightTooLarge, heightTooSmall
    case sixteenBit, palette, interlaced, zeroWidth, hugeWidth

    /// The damaged file.
    func apply(to png: [UInt8]) -> [UInt8] {
      var bytes = png
      switch self {
      case .empty: return []
      case .wrongSignature: bytes[1] = 0x51
      case .signatureOnly: return Array(png.prefix(8))
      case .noIEND: return Array(png.dropLast(12))
      case .cutInsideIDAT: return Array(png.prefix(125))
      case .hugeChunkLength: bytes.replaceSubrange(8..<12, with: [0xFF, 0xFF, 0xFF, 0xF0])
      case .noIDAT: return Array(png[0..<60] + png[148...])
      case .secondIDATMissing: return Array(png[0..<104] + png[148...])
      case .badZlibHeader: bytes[68] = 0x00
      case .heightTooLarge: bytes[23] = 7
      case .heightTooSmall: bytes[23] = 5
      case .sixteenBit: bytes[24] = 16
      case .palette: bytes[25] = 3
      case .interlaced: bytes[28] = 1
      case .zeroWidth: bytes.replaceSubrange(16..<20, with: [0, 0, 0, 0])
      case .hugeWidth: bytes.replaceSubrange(16..<20, with: [0x7F, 0xFF, 0xFF, 0xFF])
      }
      return bytes
    }

    /// A piece of the error message.
    var message: String {
      switch self {
      case .empty, .wrongSignature: "PNG signature is missing"
      case .signatureOnly, .noIEND: "no complete chunk at byte"
      case .cutInsideIDAT: "chunk IDAT at byte 104 claims 32 bytes, only 9 remain"
      case .hugeChunkLength: "chunk IHDR at byte 8 claims 4294967280 bytes"
      case .noIDAT: "no IDAT chunk"
      case .secondIDATMissing, .badZlibHeader: "not a valid zlib stream"
      case .heightTooLarge: "inflates to 96 bytes, expected 112"
      case .heightTooSmall: "inflates to more than 80 bytes"
      case .sixteenBit: "unsupported PNG: bit depth 16, colour type 2"
      case .palette: "unsupported PNG: bit depth 8, colour type 3"
      case .interlaced: "unsupported PNG: compression, filter, interlace [0, 0, 1]"
      case .zeroWidth: "image is 0×6 pixels"
      case .hugeWidth: "too large for this decoder"
      }
    }
  }

  @Test(arguments: Damage.allCases)
  func damagedFileThrowsAReadableError(_ damage: Damage) throws {
    let bytes = damage.apply(to: try Self.fixture("rgb-filters.png"))
    let error = #expect(throws: PNGImage.DecodeError.self) { try PNGImage(data: Data(bytes)) }
    #expect(error?.description.contains(damage.message) == true, "\(String(describing: error))")
  }

  @Test func everyCutAndEveryFlippedByteFailsCleanly() throws {
    let png = try Self.fixture("rgb-filters.png")
    for length in 0..<png.count {
      #expect(throws: PNGImage.DecodeError.self, "first \(length) bytes") {
        try PNGImage(data: Data(png.prefix(length)))
      }
    }
    // A flipped byte in a CRC or the tEXt chunk is harmless (zlib's own checksum catches one in
    // the image data); the file then decodes to the same pixels, and otherwise throws.
    for at in png.indices {
      var bytes = png
      bytes[at] ^= 0xFF
      do {
        let image = try PNGImage(data: Data(bytes))
        #expect((image.width, image.height) == (5, 6), "byte \(at)")
        expectFormula(image)
      } catch {
        #expect(error is PNGImage.DecodeError, "byte \(at): \(error)")
      }
    }
  }

  @Test func unknownRowFilterThrows() throws {
    let bytes = try Self.fixture("bad-filter.png")
    let error = #expect(throws: PNGImage.DecodeError.self) { try PNGImage(data: Data(bytes)) }
    #expect(error?.description == "row 0 has unknown filter type 5")
  }
}
