import FollowImport
import Foundation

extension FuzzTargets {
  /// The shared JSON decode path (UTF-8 check, nesting cap, decoder, error mapping) decoding
  /// any JSON value.
  public static let json = FuzzTarget(name: "fuzz-json") { data in
    _ = try FuzzChecks.outcome {
      try JSONDocument.decode(FuzzJSONValue.self, from: data, path: "fuzz.json")
    }
  }
}

/// Any JSON value, decoded recursively (as parsers' nested records are).
indirect enum FuzzJSONValue: Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([FuzzJSONValue])
  case object([String: FuzzJSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([FuzzJSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: FuzzJSONValue].self))
    }
  }
}
