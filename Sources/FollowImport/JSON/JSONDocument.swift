import Foundation

/// Decodes JSON from export files with errors that name the file and the record.
public enum JSONDocument {
  /// Decodes `type` from `data`, mapping failures to ``ImportError/malformed(path:location:reason:)``.
  ///
  /// The bytes are checked for valid UTF-8 first, so that a bad byte is reported with its line,
  /// and for nesting deeper than `limits.maxJSONDepth`, so that the decoder never recurses
  /// without bound.
  ///
  /// - Parameters:
  ///   - type: The type to decode.
  ///   - data: The JSON bytes.
  ///   - path: The file, for messages.
  ///   - limits: The caps; parsers pass `context.limits`.
  /// - Returns: The decoded value.
  /// - Throws: ``ImportError``.
  public static func decode<T: Decodable>(
    _ type: T.Type, from data: Data, path: String, limits: ImportLimits = ImportLimits()
  ) throws -> T {
    try checkUTF8(data, path: path)
    try JSONNesting.check(data, maxDepth: limits.maxJSONDepth, path: path)
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch let error as DecodingError {
      throw ImportError.malformed(
        path: path, location: location(of: error), reason: reason(of: error))
    } catch {
      throw ImportError.malformed(path: path, location: nil, reason: "not valid JSON (\(error))")
    }
  }

  /// Throws when `data` is not valid UTF-8, naming the line and byte offset of the first bad
  /// byte.
  public static func checkUTF8(_ data: Data, path: String) throws {
    let valid = data.withUnsafeBytes { buffer in
      String(validating: buffer, as: UTF8.self) != nil
    }
    if valid { return }
    // Find the first bad byte by decoding prefixes of growing lines.
    var line = 1
    var offset = 0
    var iterator = data.makeIterator()
    var decoder = UTF8()
    var consumed = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        let width = UTF8.width(scalar)
        if scalar == "\n" { line += 1 }
        consumed += width
      case .emptyInput:
        break loop
      case .error:
        offset = consumed
        break loop
      }
    }
    throw ImportError.malformed(
      path: path, location: "line \(line)", reason: "invalid UTF-8 at byte \(offset)")
  }

  private static func location(of error: DecodingError) -> String? {
    let context: DecodingError.Context
    switch error {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c),
      .valueNotFound(_, let c):
      context = c
    @unknown default:
      return nil
    }
    guard let first = context.codingPath.first else { return nil }
    var parts: [String] = []
    if let index = first.intValue {
      parts.append("record \(index + 1)")
    } else {
      parts.append(first.stringValue)
    }
    let rest = context.codingPath.dropFirst().map { key in
      key.intValue.map { "[\($0)]" } ?? key.stringValue
    }
    if !rest.isEmpty { parts.append("(\(rest.joined(separator: ".")))") }
    return parts.joined(separator: " ")
  }

  private static func reason(of error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let context)
    where context.underlyingError == nil && !context.codingPath.isEmpty:
      // A value that is valid JSON but breaks a rule of the format (a DID's syntax, say).
      return context.debugDescription
    case .dataCorrupted(let context):
      let underlying =
        (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"]
        as? String
      return "not valid JSON" + (underlying.map { " (\($0))" } ?? " (\(context.debugDescription))")
    case .keyNotFound(let key, _):
      return "missing key '\(key.stringValue)'"
    case .typeMismatch(let type, let context):
      return "expected \(type): \(context.debugDescription)"
    case .valueNotFound(let type, _):
      return "missing value of type \(type)"
    @unknown default:
      return "\(error)"
    }
  }
}

/// A JSON value that may be written as a string or a number, kept as text.
struct LenientString: Decodable, Hashable {
  let value: String

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self) {
      value = text
    } else if let number = try? container.decode(Int64.self) {
      value = String(number)
    } else if let number = try? container.decode(Double.self) {
      value = String(number)
    } else {
      throw DecodingError.typeMismatch(
        String.self,
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: "expected a string or a number"))
    }
  }
}

/// A JSON value that may be written as a boolean or as the text `"true"`/`"false"`.
struct LenientBool: Decodable, Hashable {
  let value: Bool

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let flag = try? container.decode(Bool.self) {
      value = flag
    } else if let text = try? container.decode(String.self), ["true", "false"].contains(text) {
      value = text == "true"
    } else {
      throw DecodingError.typeMismatch(
        Bool.self,
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: "expected true or false"))
    }
  }
}
