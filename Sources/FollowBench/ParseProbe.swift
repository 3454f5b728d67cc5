import Crypto
import FollowModel
import Foundation

/// Lower bounds of the parse phase, measured by doing less than the real parser: reading the
/// file, splitting it into id pairs, and interning the ids with ``FollowTableBuilder``.
public enum ParseProbe {
  /// Reads the file in 4 MiB chunks and calls `body` with each.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - body: Receives each chunk.
  /// - Throws: ``BenchError/cannotRead(path:reason:)``.
  public static func read(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw BenchError.cannotRead(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    let size = 4 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = Foundation.read(fd, buffer.baseAddress, size)
      if count < 0 {
        throw BenchError.cannotRead(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { return }
      body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }
  }

  /// Reads the file and counts its bytes.
  ///
  /// - Parameter path: The file.
  /// - Returns: The number of bytes.
  /// - Throws: ``BenchError/cannotRead(path:reason:)``.
  public static func readBytes(_ path: String) throws -> Int {
    var total = 0
    try read(path) { total += $0.count }
    return total
  }

  /// Computes the SHA-256 of the file, as the importer does while it parses.
  ///
  /// - Parameter path: The file.
  /// - Returns: The digest's first byte (so the work cannot be skipped).
  /// - Throws: ``BenchError/cannotRead(path:reason:)``.
  public static func digest(_ path: String) throws -> UInt8 {
    var hash = SHA256()
    try read(path) { hash.update(bufferPointer: $0) }
    return hash.finalize().first { _ in true } ?? 0
  }

  /// Splits every line into its two ids and calls `body` with them.
  ///
  /// - Parameters:
  ///   - path: A whitespace-separated edge list without comments.
  ///   - body: Receives the follower and followed bytes of each line.
  /// - Throws: ``BenchError/cannotRead(path:reason:)``.
  public static func pairs(
    _ path: String, _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Void
  ) throws {
    var carry: [UInt8] = []
    func line(_ text: UnsafeRawBufferPointer) {
      guard let space = text.firstIndex(of: 0x20) else { return }
      var end = text.count
      if end > 0 && text[end - 1] == 0x0D { end -= 1 }
      body(
        UnsafeRawBufferPointer(rebasing: text[0..<space]),
        UnsafeRawBufferPointer(rebasing: text[(space + 1)..<end]))
    }
    try read(path) { chunk in
      guard let base = chunk.baseAddress else { return }
      var start = 0
      while start < chunk.count {
        guard let hit = memchr(base + start, 0x0A, chunk.count - start) else {
          carry.append(contentsOf: chunk[start...])
          return
        }
        let end = base.distance(to: UnsafeRawPointer(hit))
        if carry.isEmpty {
          line(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
        } else {
          carry.append(contentsOf: chunk[start..<end])
          carry.withUnsafeBytes { line($0) }
          carry.removeAll(keepingCapacity: true)
        }
        start = end + 1
      }
    }
    if !carry.isEmpty { carry.withUnsafeBytes { line($0) } }
  }

  /// Splits the lines and interns the ids as the edge-list parser does, without sorting.
  ///
  /// - Parameters:
  ///   - path: A whitespace-separated edge list without comments.
  ///   - network: The network of the ids.
  /// - Returns: The builder, ready for `build()`.
  /// - Throws: ``BenchError/cannotRead(path:reason:)``.
  public static func intern(_ path: String, network: Network) throws -> FollowTableBuilder {
    var builder = FollowTableBuilder(network: network)
    var pending: [UInt64] = []
    func flush() {
      pending.withUnsafeBufferPointer { builder.add(numericPairs: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    try pairs(path) { follower, followed in
      if let from = FollowTableBuilder.canonicalNumber(follower),
        let to = FollowTableBuilder.canonicalNumber(followed)
      {
        pending.append(from)
        pending.append(to)
        if pending.count >= 256 { flush() }
      } else {
        flush()
        builder.add(
          follower: builder.index(ofUTF8: follower), followed: builder.index(ofUTF8: followed))
      }
    }
    flush()
    return builder
  }
}
