import Foundation

/// Splits bytes fed in chunks of any size into lines, so a file can be read line by line
/// without holding it whole.
///
/// Lines end at `\n`; a trailing `\r` is removed. The last line need not end with `\n`.
struct LineSplitter {
  private let path: String
  private let maxLineBytes: Int
  private let option: String
  private let limitName: String
  private var carry: [UInt8] = []
  /// The number of the last line delivered (1-based).
  private(set) var line = 0

  /// Creates a splitter.
  ///
  /// - Parameters:
  ///   - path: The file, for messages.
  ///   - maxLineBytes: The longest line accepted.
  ///   - option: The option that raises the cap, for messages.
  ///   - limitName: The cap's name, for messages.
  init(
    path: String, maxLineBytes: Int, option: String = "--max-line-length",
    limitName: String = "line length limit"
  ) {
    self.path = path
    self.maxLineBytes = maxLineBytes
    self.option = option
    self.limitName = limitName
  }

  /// Feeds a chunk, calling `body` with each complete line and its number.
  ///
  /// - Throws: ``ImportError/limitExceeded(path:limit:value:option:)`` for an over-long line,
  ///   or what `body` throws.
  mutating func feed(
    _ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Int) throws -> Void
  )
    throws
  {
    guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
    var start = 0
    while start < chunk.count {
      guard let hit = memchr(base + start, 0x0A, chunk.count - start) else {
        carry.append(contentsOf: chunk[start...])
        try checkLength(carry.count)
        return
      }
      let end = base.distance(to: UnsafeRawPointer(hit))
      if carry.isEmpty {
        try deliver(UnsafeRawBufferPointer(rebasing: chunk[start..<end]), body)
      } else {
        carry.append(contentsOf: chunk[start..<end])
        let joined = carry
        carry.removeAll(keepingCapacity: false)
        try joined.withUnsafeBytes { try deliver($0, body) }
      }
      start = end + 1
    }
  }

  /// Delivers the last line when the input does not end with `\n`.
  ///
  /// - Throws: What `body` throws.
  mutating func finish(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
    guard !carry.isEmpty else { return }
    let rest = carry
    carry = []
    try rest.withUnsafeBytes { try deliver($0, body) }
  }

  private mutating func deliver(
    _ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Int) throws -> Void
  ) throws {
    // Checked before counting the line, so the message names this line, as it does when the
    // line is cut across chunks (the check in `feed`).
    try checkLength(bytes.count)
    line += 1
    var text = bytes
    if let last = text.last, last == 0x0D {
      text = UnsafeRawBufferPointer(rebasing: text[..<(text.count - 1)])
    }
    try body(text, line)
  }

  private func checkLength(_ count: Int) throws {
    if count > maxLineBytes {
      throw ImportError.limitExceeded(
        path: path, limit: "\(limitName) at line \(line + 1)",
        value: "more than \(maxLineBytes) bytes", option: option)
    }
  }
}
