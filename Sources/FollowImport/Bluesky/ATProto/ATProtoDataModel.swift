import Foundation

/// The AT Protocol data model (atproto.com/specs/data-model): how a JSON value maps to the
/// DAG-CBOR value of a record, and which JSON values are not valid records at all.
///
/// The JSON forms: `{"$link": CID}` is a link, `{"$bytes": base64}` a byte string, an object
/// with `"$type": "blob"` a blob (`ref` link, `mimeType` text, `size` integer); numbers must be
/// integers (an integral float such as `123.0` is read as one); a `$type` must be non-empty
/// text. Checked against the protocol's interop fixtures (`data-model/`).
enum ATProtoDataModel {
  /// Why a JSON value is not in the data model.
  struct Invalid: Error, Equatable, CustomStringConvertible {
    /// Where, as a JSON path such as `rcrd.$type`.
    let location: String
    /// What is wrong.
    let reason: String

    var description: String { location.isEmpty ? reason : "\(location): \(reason)" }
  }

  /// Converts a JSON record (an object at the top) to its DAG-CBOR value.
  ///
  /// - Parameters:
  ///   - data: The JSON text.
  ///   - limits: The cap on nesting (`--max-json-depth`), checked before decoding.
  /// - Returns: The value.
  /// - Throws: ``Invalid`` naming the path and the rule broken, or an ``ImportError`` when the
  ///   JSON itself is malformed or too deep.
  /// - Complexity: O(*n*) in the size of the JSON.
  static func record(fromJSON data: Data, limits: ImportLimits = ImportLimits()) throws
    -> CBORValue
  {
    try JSONNesting.check(data, maxDepth: limits.maxJSONDepth, path: "record")
    let node = try JSONDecoder().decode(JSONNode.self, from: data)
    guard case .object = node else {
      throw Invalid(location: "", reason: "the top level is not an object")
    }
    return try value(node, at: "")
  }

  private static func value(_ node: JSONNode, at path: String) throws -> CBORValue {
    switch node {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .integer(let value): return .int(value)
    case .float(let value):
      throw Invalid(location: path, reason: "\(value) is a float; the data model has integers only")
    case .string(let value): return .text(value)
    case .array(let items):
      return .array(try items.enumerated().map { try value($1, at: "\(path)[\($0)]") })
    case .object(let members):
      return try object(members, at: path)
    }
  }

  private static func object(_ members: [String: JSONNode], at path: String) throws -> CBORValue {
    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    if let link = members["$link"] {
      guard members.count == 1 else {
        throw Invalid(location: child("$link"), reason: "a link object has other keys")
      }
      guard case .string(let text) = link, let cid = CID(text: text) else {
        throw Invalid(location: child("$link"), reason: "not a CID in base32 text form")
      }
      return .link(cid)
    }
    if let bytes = members["$bytes"] {
      guard members.count == 1 else {
        throw Invalid(location: child("$bytes"), reason: "a bytes object has other keys")
      }
      guard case .string(let text) = bytes, let data = base64(text) else {
        throw Invalid(location: child("$bytes"), reason: "not base64 text")
      }
      return .bytes([UInt8](data))
    }
    if let type = members["$type"] {
      guard case .string(let name) = type, !name.isEmpty else {
        throw Invalid(location: child("$type"), reason: "$type must be non-empty text")
      }
      if name == "blob" { try checkBlob(members, at: path) }
    }
    var map: [String: CBORValue] = [:]
    for (key, node) in members { map[key] = try value(node, at: child(key)) }
    return .map(map)
  }

  private static func checkBlob(_ members: [String: JSONNode], at path: String) throws {
    let prefix = path.isEmpty ? "" : "\(path)."
    guard case .object(let ref)? = members["ref"], ref["$link"] != nil else {
      throw Invalid(location: prefix + "ref", reason: "a blob needs a ref link")
    }
    guard case .string? = members["mimeType"] else {
      throw Invalid(location: prefix + "mimeType", reason: "a blob needs a mimeType text")
    }
    guard case .integer? = members["size"] else {
      throw Invalid(location: prefix + "size", reason: "a blob's size must be an integer")
    }
  }

  /// Decodes base64 with or without padding (the data model writes it without).
  private static func base64(_ text: String) -> Data? {
    let padded = text + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
    return Data(base64Encoded: padded)
  }
}

/// A JSON value that keeps integers, floats and booleans apart (Foundation's
/// `JSONSerialization` blurs them into `NSNumber`).
private enum JSONNode: Decodable {
  case null
  case bool(Bool)
  case integer(Int64)
  case float(Double)
  case string(String)
  case array([JSONNode])
  case object([String: JSONNode])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      if value.rounded() == value, let integer = Int64(exactly: value) {
        self = .integer(integer)
      } else {
        self = .float(value)
      }
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONNode].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONNode].self))
    }
  }
}
