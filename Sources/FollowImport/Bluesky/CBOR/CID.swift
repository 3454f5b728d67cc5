/// A content identifier (CID v0 or v1): which block a link points to and the hash that block's
/// bytes must have.
struct CID: Hashable, Sendable, CustomStringConvertible {
  /// The multicodec of the block's content: `0x71` DAG-CBOR, `0x55` raw, `0x70` DAG-PB.
  static let dagCBOR: UInt64 = 0x71
  /// The multihash code of SHA-256.
  static let sha256: UInt64 = 0x12

  /// The CID version, 0 or 1.
  let version: UInt64
  /// The content's multicodec.
  let codec: UInt64
  /// The multihash function code.
  let hashCode: UInt64
  /// The digest.
  let digest: [UInt8]
  /// The CID's binary form, as found in the file.
  let raw: [UInt8]

  /// Parses a binary CID that fills `bytes` exactly.
  ///
  /// - Parameters:
  ///   - bytes: The binary CID.
  ///   - path: The file, for messages.
  ///   - location: Where the CID is, for messages.
  /// - Throws: ``ImportError/malformed(path:location:reason:)``.
  init(parsing bytes: ArraySlice<UInt8>, path: String, location: String) throws {
    var reader = VarintReader(bytes: bytes)
    let (cid, used) = try Self.parsePrefix(&reader, path: path, location: location)
    guard used == bytes.count else {
      throw ImportError.malformed(
        path: path, location: location, reason: "\(bytes.count - used) bytes after a CID")
    }
    self = cid
  }

  private init(version: UInt64, codec: UInt64, hashCode: UInt64, digest: [UInt8], raw: [UInt8]) {
    self.version = version
    self.codec = codec
    self.hashCode = hashCode
    self.digest = digest
    self.raw = raw
  }

  /// Parses the CID at the start of `reader`'s bytes.
  ///
  /// - Returns: The CID and its length in bytes.
  static func parsePrefix(_ reader: inout VarintReader, path: String, location: String) throws
    -> (CID, Int)
  {
    func fail(_ reason: String) -> ImportError {
      ImportError.malformed(path: path, location: location, reason: "bad CID: \(reason)")
    }
    let start = reader.offset
    let bytes = reader.bytes
    // CIDv0 is a bare SHA-256 multihash: 0x12 0x20 + 32 bytes.
    if bytes.count - start >= 34 && bytes[bytes.startIndex + start] == 0x12
      && bytes[bytes.startIndex + start + 1] == 0x20
    {
      let first = bytes.startIndex + start
      reader.offset += 34
      let digest = Array(bytes[(first + 2)..<(first + 34)])
      let raw = Array(bytes[first..<(first + 34)])
      return (CID(version: 0, codec: 0x70, hashCode: sha256, digest: digest, raw: raw), 34)
    }
    guard let version = reader.next(), version == 1 else { throw fail("unsupported version") }
    guard let codec = reader.next(), let hashCode = reader.next(), let length = reader.next()
    else { throw fail("truncated") }
    guard length <= 64, Int(length) <= bytes.count - reader.offset else {
      throw fail("digest length \(length) is larger than what remains")
    }
    let first = bytes.startIndex + reader.offset
    let digest = Array(bytes[first..<(first + Int(length))])
    reader.offset += Int(length)
    let raw = Array(bytes[(bytes.startIndex + start)..<(bytes.startIndex + reader.offset)])
    return (
      CID(version: 1, codec: codec, hashCode: hashCode, digest: digest, raw: raw),
      reader.offset - start
    )
  }

  /// The multibase base32 text form (`bafyrei…`) for v1, base58 is not needed here so v0 is
  /// shown as hex.
  var description: String {
    guard version == 1 else { return "v0:" + raw.map { String($0, radix: 16) }.joined() }
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
    var text = "b"
    var buffer: UInt32 = 0
    var bits = 0
    for byte in raw {
      buffer = buffer << 8 | UInt32(byte)
      bits += 8
      while bits >= 5 {
        text.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
        bits -= 5
      }
    }
    if bits > 0 { text.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
    return text
  }
}

/// Reads unsigned LEB128 varints (multiformats), at most 9 bytes (63 bits) each.
struct VarintReader {
  /// The bytes.
  let bytes: ArraySlice<UInt8>
  /// The position, relative to the start of `bytes`.
  var offset = 0

  /// The next varint, or `nil` when the bytes end first or it is longer than 9 bytes.
  mutating func next() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count && shift < 63 {
      let byte = bytes[bytes.startIndex + offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 { return value }
      shift += 7
    }
    return nil
  }
}
