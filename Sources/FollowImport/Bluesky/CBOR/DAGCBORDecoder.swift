/// A strict, bounded decoder of DAG-CBOR (the IPLD profile of CBOR, RFC 8949) as used by
/// Bluesky repositories.
///
/// Every length is checked against the bytes that remain and against `--max-cbor-length`
/// before anything is allocated, nesting of arrays, maps and tags is limited by
/// `--max-cbor-depth` (the recursion is bounded by it), and anything DAG-CBOR forbids is an
/// error: indefinite lengths, non-minimal integer encodings, map keys that are not text,
/// duplicate keys, tags other than 42, `undefined`, 16/32-bit floats and trailing bytes.
struct DAGCBORDecoder {
  private let bytes: UnsafeRawBufferPointer
  private var offset = 0
  private let path: String
  private let location: String
  private let limits: ImportLimits

  private init(
    bytes: UnsafeRawBufferPointer, path: String, location: String, limits: ImportLimits
  ) {
    self.bytes = bytes
    self.path = path
    self.location = location
    self.limits = limits
  }

  /// Decodes exactly one value that fills `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: The encoded value.
  ///   - path: The file, for messages.
  ///   - location: The block or record, for messages.
  ///   - limits: The caps on nesting (`--max-cbor-depth`) and declared lengths
  ///     (`--max-cbor-length`).
  /// - Returns: The value.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` naming the byte offset, or
  ///   ``ImportError/limitExceeded(path:limit:value:option:)`` naming the cap.
  static func decode(
    _ bytes: UnsafeRawBufferPointer, path: String, location: String, limits: ImportLimits
  ) throws -> CBORValue {
    var decoder = DAGCBORDecoder(bytes: bytes, path: path, location: location, limits: limits)
    let value = try decoder.value(depth: 1)
    guard decoder.offset == bytes.count else {
      throw decoder.failure("\(bytes.count - decoder.offset) bytes after the value")
    }
    return value
  }

  /// Decodes one value from the start of `bytes` and says how many bytes it used.
  ///
  /// - Parameters:
  ///   - bytes: Bytes starting with an encoded value.
  ///   - path: The file, for messages.
  ///   - location: Where the value is, for messages.
  ///   - limits: The caps on nesting and declared lengths.
  /// - Returns: The value and its encoded length.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` or
  ///   ``ImportError/limitExceeded(path:limit:value:option:)``.
  static func decodePrefix(
    _ bytes: UnsafeRawBufferPointer, path: String, location: String, limits: ImportLimits
  ) throws -> (CBORValue, Int) {
    var decoder = DAGCBORDecoder(bytes: bytes, path: path, location: location, limits: limits)
    let value = try decoder.value(depth: 1)
    return (value, decoder.offset)
  }

  private func failure(_ reason: String) -> ImportError {
    ImportError.malformed(path: path, location: location, reason: "DAG-CBOR: \(reason)")
  }

  private var remaining: Int { bytes.count - offset }

  private mutating func byte() throws -> UInt8 {
    guard offset < bytes.count else {
      throw failure("the data ends at byte \(offset) in the middle of a value")
    }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// Reads the argument of a head whose additional information is `info`.
  private mutating func argument(_ info: UInt8) throws -> UInt64 {
    let start = offset - 1
    switch info {
    case 0..<24:
      return UInt64(info)
    case 24, 25, 26, 27:
      let width = 1 << Int(info - 24)
      guard remaining >= width else {
        throw failure("the data ends at byte \(offset) inside an integer")
      }
      var value: UInt64 = 0
      for _ in 0..<width { value = value << 8 | UInt64(try byte()) }
      let minimum: UInt64 = [24, 256, 65_536, 4_294_967_296][Int(info - 24)]
      guard value >= minimum else {
        throw failure("non-minimal integer encoding at byte \(start)")
      }
      return value
    case 31:
      throw failure("indefinite length at byte \(start) (not allowed in DAG-CBOR)")
    default:
      throw failure("reserved additional information \(info) at byte \(start)")
    }
  }

  /// Reads a length and checks that at least `length × minimumItemBytes` bytes remain and
  /// that it is within `--max-cbor-length`.
  private mutating func length(_ info: UInt8, minimumItemBytes: Int) throws -> Int {
    let start = offset - 1
    let value = try argument(info)
    guard value <= UInt64(remaining / max(1, minimumItemBytes)) else {
      throw failure(
        "length \(value) at byte \(start) is larger than the \(remaining) bytes that remain")
    }
    try limits.checkCBORLength(value, path: path, location: "\(location) byte \(start)")
    return Int(value)
  }

  private mutating func value(depth: Int) throws -> CBORValue {
    let start = offset
    let head = try byte()
    let major = head >> 5
    let info = head & 0x1F
    switch major {
    case 0:
      let value = try argument(info)
      guard value <= UInt64(Int64.max) else { throw failure("integer at byte \(start) too large") }
      return .int(Int64(value))
    case 1:
      let value = try argument(info)
      guard value <= UInt64(Int64.max) else { throw failure("integer at byte \(start) too small") }
      return .int(-1 - Int64(value))
    case 2:
      let count = try length(info, minimumItemBytes: 1)
      defer { offset += count }
      return .bytes(Array(bytes[offset..<offset + count]))
    case 3:
      let count = try length(info, minimumItemBytes: 1)
      guard
        let text = String(
          validating: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]),
          as: UTF8.self)
      else { throw failure("text at byte \(start) is not valid UTF-8") }
      offset += count
      return .text(text)
    case 4:
      let count = try length(info, minimumItemBytes: 1)
      try checkDepth(depth, at: start)
      var items: [CBORValue] = []
      items.reserveCapacity(count)
      for _ in 0..<count { items.append(try value(depth: depth + 1)) }
      return .array(items)
    case 5:
      let count = try length(info, minimumItemBytes: 2)
      try checkDepth(depth, at: start)
      var map: [String: CBORValue] = [:]
      map.reserveCapacity(count)
      for _ in 0..<count {
        let keyStart = offset
        guard case .text(let key) = try value(depth: depth + 1) else {
          throw failure("map key at byte \(keyStart) is not text")
        }
        guard map[key] == nil else {
          throw failure("duplicate map key '\(key)' at byte \(keyStart)")
        }
        map[key] = try value(depth: depth + 1)
      }
      return .map(map)
    case 6:
      let tag = try argument(info)
      guard tag == 42 else { throw failure("tag \(tag) at byte \(start) (only 42 is allowed)") }
      try checkDepth(depth, at: start)
      guard case .bytes(let raw) = try value(depth: depth + 1), raw.first == 0 else {
        throw failure("tag 42 at byte \(start) does not hold a 0x00-prefixed CID")
      }
      return .link(try CID(parsing: raw[1...], path: path, location: location))
    default:
      switch info {
      case 20: return .bool(false)
      case 21: return .bool(true)
      case 22: return .null
      case 27:
        guard remaining >= 8 else {
          throw failure("the data ends at byte \(offset) inside a float")
        }
        var bits: UInt64 = 0
        for _ in 0..<8 { bits = bits << 8 | UInt64(try byte()) }
        let number = Double(bitPattern: bits)
        guard number.isFinite else {
          throw failure("NaN or infinity at byte \(start) (not allowed in DAG-CBOR)")
        }
        return .double(number)
      case 25, 26:
        throw failure("16- or 32-bit float at byte \(start) (DAG-CBOR allows only 64-bit)")
      default:
        throw failure("simple value \(info) at byte \(start) is not allowed")
      }
    }
  }

  /// Checks the depth of an array, map or tag starting at byte `start` (1 for the top item).
  private func checkDepth(_ depth: Int, at start: Int) throws {
    try limits.checkCBORDepth(depth, path: path, location: "\(location) byte \(start)")
  }
}
