import Crypto

extension CID {
  /// Parses the text form of a CID v1: multibase base32 (`b` + lower-case RFC 4648 without
  /// padding), as `$link` values and the AT Protocol write them.
  ///
  /// - Parameter text: The CID text, such as `bafyrei…`.
  /// - Returns: The CID, or `nil` when the text is not a base32 CID v1 with a whole digest.
  /// - Complexity: O(*n*) in the length of `text`.
  init?(text: String) {
    let scalars = Array(text.utf8)
    guard scalars.count > 1, scalars.count <= 200, scalars[0] == UInt8(ascii: "b") else {
      return nil
    }
    var raw: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for scalar in scalars.dropFirst() {
      let value: UInt8
      switch scalar {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): value = scalar - UInt8(ascii: "a")
      case UInt8(ascii: "2")...UInt8(ascii: "7"): value = scalar - UInt8(ascii: "2") + 26
      default: return nil
      }
      buffer = (buffer << 5 | UInt32(value)) & 0x1FFF
      bits += 5
      if bits >= 8 {
        raw.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits - 8)))
        bits -= 8
      }
    }
    guard let cid = try? CID(parsing: raw[...], path: "", location: ""), cid.version == 1 else {
      return nil
    }
    self = cid
  }

  /// The CID v1 of a DAG-CBOR block: SHA-256 of its bytes.
  ///
  /// - Parameter bytes: The block's encoded bytes.
  /// - Returns: The CID (`bafyrei…`).
  /// - Complexity: O(*n*) in the number of bytes.
  static func dagCBOR(of bytes: [UInt8]) -> CID? {
    let digest = Array(SHA256.hash(data: bytes))
    // version 1, codec 0x71 (dag-cbor), multihash 0x12 (sha2-256), 32 bytes.
    return try? CID(parsing: ([0x01, 0x71, 0x12, 0x20] + digest)[...], path: "", location: "")
  }
}
