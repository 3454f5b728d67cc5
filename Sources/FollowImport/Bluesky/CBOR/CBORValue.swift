/// One DAG-CBOR value: the data model of Bluesky repository blocks.
///
/// DAG-CBOR allows only definite lengths, text map keys, 64-bit floats and one tag (42, a CID
/// link); ``DAGCBORDecoder`` rejects everything else.
indirect enum CBORValue: Equatable, Sendable {
  /// An integer (major types 0 and 1) that fits in 64 signed bits.
  case int(Int64)
  /// A byte string.
  case bytes([UInt8])
  /// A UTF-8 text string.
  case text(String)
  /// An array.
  case array([CBORValue])
  /// A map with text keys.
  case map([String: CBORValue])
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null
  /// A 64-bit float.
  case double(Double)
  /// A link to another block (tag 42).
  case link(CID)

  /// The value under `key` when this is a map.
  subscript(key: String) -> CBORValue? {
    guard case .map(let map) = self else { return nil }
    return map[key]
  }

  /// The text, when this is a text string.
  var text: String? {
    guard case .text(let text) = self else { return nil }
    return text
  }

  /// The integer, when this is an integer.
  var int: Int64? {
    guard case .int(let value) = self else { return nil }
    return value
  }

  /// The link, when this is a link.
  var link: CID? {
    guard case .link(let cid) = self else { return nil }
    return cid
  }

  /// The bytes, when this is a byte string.
  var bytes: [UInt8]? {
    guard case .bytes(let bytes) = self else { return nil }
    return bytes
  }

  /// The elements, when this is an array.
  var array: [CBORValue]? {
    guard case .array(let array) = self else { return nil }
    return array
  }

  /// Whether this is `null`.
  var isNull: Bool { self == .null }

  /// A short name of the value's kind, for messages.
  var kindName: String {
    switch self {
    case .int: "integer"
    case .bytes: "byte string"
    case .text: "text"
    case .array: "array"
    case .map: "map"
    case .bool: "boolean"
    case .null: "null"
    case .double: "float"
    case .link: "link"
    }
  }
}
