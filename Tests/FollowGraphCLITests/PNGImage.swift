import CFollowZlib
import Foundation

/// A decoded PNG image: 8-bit RGB or RGBA, non-interlaced, which is what Chromium writes.
///
/// Chunk lengths are bounds-checked and a bad file throws a ``PNGImage/DecodeError`` with a
/// readable message; chunk CRCs are not verified. Other PNG kinds (palette, grey, 16-bit,
/// interlaced) throw an "unsupported" error.
struct PNGImage {
  /// Why a file could not be decoded.
  struct DecodeError: Error, CustomStringConvertible {
    /// What is wrong, in words.
    let description: String
    init(_ description: String) { self.description = description }
  }

  /// Width, height and bytes per pixel, from the IHDR chunk.
  typealias Header = (width: Int, height: Int, channels: Int)

  /// The PNG file signature.
  private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  /// The largest unfiltered image accepted, so a bogus header cannot ask for gigabytes.
  private static let maxBytes = 64 << 20

  /// Width in pixels.
  let width: Int
  /// Height in pixels.
  let height: Int
  /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
  let channels: Int
  /// The unfiltered samples, row after row, `channels` bytes per pixel.
  private let samples: [UInt8]

  /// Decodes a whole PNG file.
  init(data: Data) throws {
    let bytes = [UInt8](data)
    guard bytes.starts(with: Self.signature) else {
      throw DecodeError("not a PNG file: the 8-byte PNG signature is missing")
    }
    var header: Header?
    var compressed: [UInt8] = []
    var offset = Self.signature.count
    chunks: while true {
      guard bytes.count - offset >= 12 else {
        throw DecodeError("truncated PNG: no complete chunk at byte \(offset) and no IEND")
      }
      let length = Self.uint32(bytes, offset)
      let kind = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
      guard length <= bytes.count - offset - 12 else {
        throw DecodeError(
          "truncated PNG: chunk \(kind) at byte \(offset) claims \(length) bytes, "
            + "only \(bytes.count - offset - 12) remain")
      }
      let body = Array(bytes[offset + 8..<offset + 8 + length])
      switch kind {
      case "IHDR": header = try Self.header(body)
      case "IDAT" where header == nil: throw DecodeError("IDAT chunk before the IHDR chunk")
      case "IDAT": compressed += body
      case "IEND": break chunks
      default: break  // ancillary chunks (text, gamma, …) do not change the pixels
      }
      offset += 12 + length
    }
    guard let header else { throw DecodeError("no IHDR chunk") }
    guard !compressed.isEmpty else { throw DecodeError("no IDAT chunk: the image has no data") }
    (width, height, channels) = header
    let filtered = try Self.inflate(compressed, size: height * (1 + width * channels))
    samples = try Self.unfilter(filtered, header)
  }

  /// The colour of pixel (`x`, `y`), or `nil` outside the image.
  func rgb(x: Int, y: Int) -> RGB? {
    guard (0..<width).contains(x), (0..<height).contains(y) else { return nil }
    let at = (y * width + x) * channels
    return RGB(red: samples[at], green: samples[at + 1], blue: samples[at + 2])
  }

  /// How many pixels have a colour for which `test` holds.
  func count(where test: (RGB) -> Bool) -> Int {
    stride(from: 0, to: samples.count, by: channels).count { at in
      test(RGB(red: samples[at], green: samples[at + 1], blue: samples[at + 2]))
    }
  }

  /// The big-endian 32-bit number at `offset` (which the caller has bounds-checked).
  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
  }

  /// Size and pixel layout from the IHDR chunk; throws "unsupported" unless 8-bit RGB (colour
  /// type 2) or RGBA (type 6) with compression, filter and interlace methods 0.
  private static func header(_ body: [UInt8]) throws -> Header {
    guard body.count == 13 else { throw DecodeError("IHDR chunk has \(body.count) bytes, not 13") }
    let (width, height) = (uint32(body, 0), uint32(body, 4))
    let (depth, colourType) = (body[8], body[9])
    guard width > 0, height > 0 else { throw DecodeError("image is \(width)×\(height) pixels") }
    guard depth == 8, colourType == 2 || colourType == 6 else {
      throw DecodeError("unsupported PNG: bit depth \(depth), colour type \(colourType)")
    }
    guard body[10...12] == [0, 0, 0] else {
      throw DecodeError("unsupported PNG: compression, filter, interlace \(Array(body[10...12]))")
    }
    let channels = colourType == 2 ? 3 : 4
    guard width <= maxBytes / channels, height <= maxBytes / (1 + width * channels) else {
      throw DecodeError("image of \(width)×\(height) pixels is too large for this decoder")
    }
    return (width, height, channels)
  }

  /// Inflates the zlib stream of the IDAT chunks, which must hold exactly `size` bytes.
  private static func inflate(_ compressed: [UInt8], size: Int) throws -> [UInt8] {
    var output = [UInt8](repeating: 0, count: size)
    var produced = uLongf(size)
    let code = output.withUnsafeMutableBufferPointer { out in
      compressed.withUnsafeBufferPointer { input in
        uncompress(out.baseAddress, &produced, input.baseAddress, uLong(input.count))
      }
    }
    switch code {
    case Z_OK where Int(produced) == size: return output
    case Z_OK: throw DecodeError("image data inflates to \(produced) bytes, expected \(size)")
    case Z_BUF_ERROR: throw DecodeError("image data inflates to more than \(size) bytes")
    case Z_DATA_ERROR: throw DecodeError("image data is not a valid zlib stream (corrupt or cut)")
    default: throw DecodeError("zlib failed with code \(code)")
    }
  }

  /// Undoes the per-row filters (None, Sub, Up, Average, Paeth) of PNG filter method 0.
  private static func unfilter(_ data: [UInt8], _ header: Header) throws -> [UInt8] {
    let (height, channels) = (header.height, header.channels)
    let rowBytes = header.width * channels
    var out = [UInt8](repeating: 0, count: rowBytes * height)
    for y in 0..<height {
      let filter = data[y * (rowBytes + 1)]
      guard filter <= 4 else { throw DecodeError("row \(y) has unknown filter type \(filter)") }
      let (source, row) = (y * (rowBytes + 1) + 1, y * rowBytes)
      for i in 0..<rowBytes {
        let a = i >= channels ? Int(out[row + i - channels]) : 0
        let b = y > 0 ? Int(out[row - rowBytes + i]) : 0
        let c = i >= channels && y > 0 ? Int(out[row - rowBytes + i - channels]) : 0
        let predicted: Int
        switch filter {
        case 1: predicted = a
        case 2: predicted = b
        case 3: predicted = (a + b) / 2
        case 4:
          let (pa, pb, pc) = (abs(b - c), abs(a - c), abs(a + b - 2 * c))
          predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
        default: predicted = 0
        }
        out[row + i] = UInt8(truncatingIfNeeded: Int(data[source + i]) + predicted)
      }
    }
    return out
  }
}
