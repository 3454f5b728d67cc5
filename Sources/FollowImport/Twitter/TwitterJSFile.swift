import Foundation

/// The `.js` files of an X/Twitter archive: a JavaScript assignment around a JSON value.
enum TwitterJSFile {
  /// The JSON part of an archive file, after `window.YTD.<name>.partN =` (or any
  /// `window.…`/`Grailbird.…` assignment) and without a trailing `;`.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The file, for messages.
  /// - Returns: The JSON bytes.
  /// - Throws: ``ImportError`` when the file is empty or lacks the assignment prefix.
  static func jsonPayload(_ data: Data, path: String) throws -> Data {
    var start = data.startIndex
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    while start < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[start]) { start += 1 }
    guard start < data.endIndex else {
      throw ImportError.malformed(path: path, location: nil, reason: "the file is empty")
    }
    let prefixWindow = data[start..<min(data.endIndex, start + 512)]
    let prefixText = String(decoding: prefixWindow, as: UTF8.self)
    guard prefixText.hasPrefix("window.") || prefixText.hasPrefix("Grailbird."),
      let equals = prefixWindow.firstIndex(of: 0x3D)
    else {
      throw ImportError.malformed(
        path: path, location: "line 1",
        reason: "expected the archive's 'window.YTD.<name>.partN = ' prefix before the JSON")
    }
    var end = data.endIndex
    while end > equals + 1, [0x20, 0x09, 0x0A, 0x0D, 0x3B].contains(data[end - 1]) { end -= 1 }
    return data[(equals + 1)..<end]
  }

  /// Decodes an archive file's JSON payload.
  ///
  /// - Parameters:
  ///   - type: The type of the payload.
  ///   - data: The file's bytes.
  ///   - path: The file, for messages.
  ///   - limits: The caps (JSON nesting depth).
  /// - Returns: The payload.
  /// - Throws: ``ImportError``.
  static func decode<T: Decodable>(
    _ type: T.Type, from data: Data, path: String, limits: ImportLimits
  ) throws -> T {
    try JSONDocument.decode(
      type, from: Data(try jsonPayload(data, path: path)), path: path, limits: limits)
  }
}
