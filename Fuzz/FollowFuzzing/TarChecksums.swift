/// Rewrites the header checksums of a plain tar stream, so that a mutated header reaches the
/// reader's field checks instead of failing its checksum first.
enum TarChecksums {
  /// The input with every header block's checksum set to the sum of its bytes.
  ///
  /// Headers are found as the reader finds them: one at byte 0, the next after the content
  /// its size field (octal, or GNU base-256) announces, rounded up to 512 bytes. All-zero
  /// blocks are skipped. A size that cannot be read ends the walk.
  ///
  /// - Parameter data: A tar stream.
  /// - Returns: The same bytes with consistent header checksums.
  /// - Complexity: O(n) in the number of header blocks times 512.
  static func fixed(_ data: [UInt8]) -> [UInt8] {
    var bytes = data
    var offset = 0
    while offset + 512 <= bytes.count {
      let block = offset..<(offset + 512)
      if bytes[block].allSatisfy({ $0 == 0 }) {
        offset += 512
        continue
      }
      var sum = 0
      for index in block {
        sum += (148..<156).contains(index - offset) ? 0x20 : Int(bytes[index])
      }
      let digits = Array(String(sum, radix: 8).utf8)
      let field = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, 6 - digits.count)) + digits
      for (index, byte) in (field.suffix(6) + [0, 0x20]).enumerated() {
        bytes[offset + 148 + index] = byte
      }
      guard let size = size(bytes[(offset + 124)..<(offset + 136)]), size >= 0,
        size < Int64(bytes.count)
      else { return bytes }
      offset += 512 + Int((size + 511) / 512 * 512)
    }
    return bytes
  }

  private static func size(_ field: ArraySlice<UInt8>) -> Int64? {
    if let first = field.first, first & 0x80 != 0 {
      var value = Int64(first & 0x7F)
      for byte in field.dropFirst() {
        guard value < Int64.max >> 8 else { return nil }
        value = value << 8 | Int64(byte)
      }
      return value
    }
    var value: Int64 = 0
    var digits = 0
    for byte in field {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        guard value < Int64.max >> 3 else { return nil }
        value = value * 8 + Int64(byte - UInt8(ascii: "0"))
        digits += 1
      case 0, UInt8(ascii: " "):
        if digits > 0 { return value }
      default:
        return nil
      }
    }
    return digits > 0 ? value : nil
  }
}
