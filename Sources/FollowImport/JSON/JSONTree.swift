import Foundation

/// A JSON document parsed with `JSONSerialization`, for ActivityStreams files whose shape
/// varies (a value may be an object, an array or a URL string).
///
/// `JSONSerialization` keeps the **last** value of a repeated key, as most JSON readers do;
/// `JSONDecoder` on Linux keeps the first. Mastodon's `outbox.json` has been seen with
/// `"orderedItems": []` followed by the real `"orderedItems": [...]`, so files whose keys may
/// repeat are read through this type.
enum JSONTree {
  /// Parses `data` as a JSON object.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The file, for messages.
  ///   - limits: The caps; the nesting depth (`--max-json-depth`) is checked before parsing.
  /// - Returns: The top-level object.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` when the bytes are not UTF-8
  ///   JSON or the top level is not an object, ``ImportError/limitExceeded(path:limit:value:option:)``
  ///   when they nest too deeply.
  static func object(_ data: Data, path: String, limits: ImportLimits) throws -> [String: Any] {
    try JSONDocument.checkUTF8(data, path: path)
    try JSONNesting.check(data, maxDepth: limits.maxJSONDepth, path: path)
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let detail = (error as NSError).userInfo["NSDebugDescription"] as? String
      throw ImportError.malformed(
        path: path, location: nil, reason: "not valid JSON" + (detail.map { " (\($0))" } ?? ""))
    }
    guard let object = value as? [String: Any] else {
      throw ImportError.malformed(
        path: path, location: nil, reason: "expected a JSON object at the top level")
    }
    return object
  }

  /// The elements of a JSON-LD value that may be a single item or an array of items.
  ///
  /// - Parameter value: An object, an array or `nil`.
  /// - Returns: The items; empty for `nil` or `null`.
  static func items(_ value: Any?) -> [Any] {
    switch value {
    case let array as [Any]: array
    case nil, is NSNull: []
    case let single?: [single]
    }
  }

  /// The value as text, when it is a string.
  static func string(_ value: Any?) -> String? {
    value as? String
  }
}
