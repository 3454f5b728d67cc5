extension ImportLimits {
  /// Throws when a file has read more records than `--max-records` allows.
  ///
  /// - Parameters:
  ///   - count: Records read so far.
  ///   - path: The file, for the message.
  /// - Throws: ``ImportError/limitExceeded(path:limit:value:option:)``.
  public func checkRecords(_ count: Int, path: String) throws {
    guard count > maxRecords else { return }
    throw ImportError.limitExceeded(
      path: path, limit: "record limit", value: "more than \(maxRecords) records",
      option: "--max-records")
  }

  /// Throws when CBOR nesting (arrays, maps, tags) goes deeper than `--max-cbor-depth`.
  ///
  /// - Parameters:
  ///   - depth: The depth of the item about to be read (1 for the top item).
  ///   - path: The file, for the message.
  ///   - location: Where in the file, such as `block bafy… byte 120`.
  /// - Throws: ``ImportError/limitExceeded(path:limit:value:option:)``.
  public func checkCBORDepth(_ depth: Int, path: String, location: String) throws {
    guard depth > maxCBORDepth else { return }
    throw ImportError.limitExceeded(
      path: path, limit: "CBOR nesting depth limit at \(location)",
      value: "deeper than \(maxCBORDepth)", option: "--max-cbor-depth")
  }

  /// Throws when a CBOR item declares a length (string bytes, array or map entries) larger
  /// than `--max-cbor-length`; check before allocating anything of that length.
  ///
  /// - Parameters:
  ///   - length: The declared length.
  ///   - path: The file, for the message.
  ///   - location: Where in the file.
  /// - Throws: ``ImportError/limitExceeded(path:limit:value:option:)``.
  public func checkCBORLength(_ length: UInt64, path: String, location: String) throws {
    guard length > UInt64(maxCBORLength) else { return }
    throw ImportError.limitExceeded(
      path: path, limit: "CBOR item length limit at \(location)",
      value: "\(length) > \(maxCBORLength)", option: "--max-cbor-length")
  }
}
