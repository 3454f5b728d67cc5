import Foundation

/// Measures how deeply JSON arrays and objects nest, before a decoder recurses into them.
enum JSONNesting {
  /// Throws when arrays and objects in `data` nest deeper than `maxDepth`.
  ///
  /// Brackets inside strings (with `\"` escapes) do not count. The scan stops at the first
  /// bracket past the cap, so a hostile file of a billion `[` costs nothing.
  ///
  /// - Parameters:
  ///   - data: JSON bytes.
  ///   - maxDepth: The cap (`--max-json-depth`).
  ///   - path: The file, for the message.
  ///   - firstLine: The line of the file `data` starts on (JSONL lines are checked one by one).
  /// - Throws: ``ImportError/limitExceeded(path:limit:value:option:)`` naming the line.
  /// - Complexity: O(n) in the length of `data`, one pass, no allocation.
  static func check(_ data: Data, maxDepth: Int, path: String, firstLine: Int = 1) throws {
    try data.withUnsafeBytes {
      try check($0, maxDepth: maxDepth, path: path, firstLine: firstLine)
    }
  }

  /// Throws when arrays and objects in `bytes` nest deeper than `maxDepth`, like the `Data`
  /// overload.
  ///
  /// - Complexity: O(n) in the length of `bytes`, one pass, no allocation.
  static func check(
    _ bytes: UnsafeRawBufferPointer, maxDepth: Int, path: String, firstLine: Int = 1
  ) throws {
    var depth = 0
    var line = firstLine
    var inString = false
    var escaped = false
    for byte in bytes {
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {  // backslash
          escaped = true
        } else if byte == 0x22 {
          inString = false
        } else if byte == 0x0A {
          line += 1
        }
        continue
      }
      switch byte {
      case 0x22: inString = true
      case 0x0A: line += 1
      case 0x5B, 0x7B:  // [ {
        depth += 1
        if depth > maxDepth {
          throw ImportError.limitExceeded(
            path: path, limit: "JSON nesting depth limit at line \(line)",
            value: "deeper than \(maxDepth)", option: "--max-json-depth")
        }
      case 0x5D, 0x7D:  // ] }
        depth = max(0, depth - 1)
      default: break
      }
    }
  }
}
