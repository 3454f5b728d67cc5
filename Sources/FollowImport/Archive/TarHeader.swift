/// The fields of one 512-byte tar header block that the reader needs.
struct TarHeader {
  private let bytes: [UInt8]

  /// Wraps a 512-byte block.
  ///
  /// - Parameter block: The header block.
  init(_ block: [UInt8]) {
    precondition(block.count == 512, "a tar header is 512 bytes")
    bytes = block
  }

  /// The type flag (`0` file, `5` folder, `x` pax, `L` GNU long name, …).
  var typeFlag: UInt8 { bytes[156] }

  /// Whether the entry is a regular file (`0`, NUL or `7`).
  var isRegularFile: Bool {
    typeFlag == UInt8(ascii: "0") || typeFlag == 0 || typeFlag == UInt8(ascii: "7")
  }

  /// Whether the header is POSIX ustar (`ustar\0`), whose `prefix` field extends the name.
  var isPOSIX: Bool { Array(bytes[257..<263]) == Array("ustar\u{0}".utf8) }

  /// The name: `prefix/name` for POSIX headers, else `name`; invalid UTF-8 is replaced.
  var name: String {
    let name = Self.text(bytes[0..<100])
    guard isPOSIX else { return name }
    let prefix = Self.text(bytes[345..<500])
    return prefix.isEmpty ? name : prefix + "/" + name
  }

  /// The size: octal text, or GNU base-256 when the first byte has its high bit set.
  var size: Int64? {
    let field = bytes[124..<136]
    if let first = field.first, first & 0x80 != 0 {
      var value: Int64 = Int64(first & 0x7F)
      for byte in field.dropFirst() {
        guard value < (Int64.max >> 8) else { return nil }
        value = value << 8 | Int64(byte)
      }
      return value
    }
    return Self.octal(field)
  }

  /// Whether the stored checksum equals the unsigned sum of the block with the checksum
  /// field read as spaces.
  var checksumMatches: Bool {
    guard let stored = Self.octal(bytes[148..<156]) else { return false }
    var sum: Int64 = 0
    for (index, byte) in bytes.enumerated() {
      sum += (148..<156).contains(index) ? 0x20 : Int64(byte)
    }
    return sum == stored
  }

  /// Reads an octal field: leading spaces, digits, then NULs or spaces.
  static func octal(_ field: ArraySlice<UInt8>) -> Int64? {
    var value: Int64 = 0
    var digits = 0
    var ended = false
    for byte in field {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        guard !ended, value < (Int64.max >> 3) else { return nil }
        value = value * 8 + Int64(byte - UInt8(ascii: "0"))
        digits += 1
      case 0, UInt8(ascii: " "):
        if digits > 0 { ended = true }
      default:
        return nil
      }
    }
    return digits > 0 ? value : nil
  }

  /// The NUL-terminated text of a field.
  static func text(_ field: ArraySlice<UInt8>) -> String {
    String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// Parses pax extended header records, `"<length> <key>=<value>\n"`.
  ///
  /// - Parameters:
  ///   - bytes: The content of the pax header.
  ///   - path: The archive, for messages.
  ///   - location: The header, for messages.
  /// - Returns: The values by key; later records win.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` on a malformed record.
  static func paxFields(_ bytes: [UInt8], path: String, location: String) throws -> [String: String]
  {
    var fields: [String: String] = [:]
    var offset = 0
    func fail(_ reason: String) -> ImportError {
      ImportError.malformed(path: path, location: location, reason: "pax header: \(reason)")
    }
    while offset < bytes.count {
      if bytes[offset] == 0 { break }
      guard let space = bytes[offset...].firstIndex(of: UInt8(ascii: " ")),
        let length = Int(String(decoding: bytes[offset..<space], as: UTF8.self)),
        length > space - offset, length <= bytes.count - offset,
        bytes[offset + length - 1] == UInt8(ascii: "\n")
      else { throw fail("malformed record at byte \(offset)") }
      let record = bytes[(space + 1)..<(offset + length - 1)]
      guard let equals = record.firstIndex(of: UInt8(ascii: "=")),
        let key = String(validating: record[record.startIndex..<equals], as: UTF8.self),
        let value = String(validating: record[(equals + 1)...], as: UTF8.self)
      else { throw fail("record at byte \(offset) is not key=value in UTF-8") }
      fields[key] = value
      offset += length
    }
    return fields
  }
}
