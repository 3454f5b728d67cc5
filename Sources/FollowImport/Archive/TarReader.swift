import Foundation

/// One regular file of a tar archive, as its header describes it.
struct TarEntry: Equatable, Sendable {
  /// The member's name: relative, `/`-separated, without `.` or `..` components.
  var name: String
  /// The content's size in bytes.
  var size: Int64
  /// The 1-based position of the header among the archive's headers, for messages.
  var record: Int
}

/// A streaming reader of tar archives (POSIX ustar, pax extended headers, GNU long names),
/// fed bytes in chunks of any size.
///
/// Member names are only keys: they are checked (no absolute names, no `..`) and never used
/// as file-system paths. Sizes are bounded and every header's checksum is verified.
struct TarReader {
  private enum State {
    case header
    case content(TarEntry, remaining: Int64, padding: Int, kind: ContentKind)
    case end
  }

  private enum ContentKind {
    case skip
    case collect
    case paxLocal
    case gnuLongName
  }

  /// The largest pax header or GNU long name accepted.
  static let maxMetadataBytes = 1 << 20

  private let path: String
  private let maxEntries: Int
  private var state = State.header
  private var block: [UInt8] = []
  private var buffer: [UInt8] = []
  private var headers = 0
  private var pendingName: String?
  private var pendingSize: Int64?
  private var zeroBlocks = 0

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - path: The archive, for messages.
  ///   - maxEntries: The most headers accepted (`--max-records`).
  init(path: String, maxEntries: Int) {
    self.path = path
    self.maxEntries = maxEntries
    block.reserveCapacity(512)
  }

  /// Whether the end-of-archive marker was read.
  var isAtEnd: Bool {
    if case .end = state { return true }
    return false
  }

  /// Reads `chunk`.
  ///
  /// - Parameters:
  ///   - chunk: The next bytes of the tar stream.
  ///   - wants: Says, for each regular file, whether its content is needed.
  ///   - content: Receives each wanted file with its whole content.
  /// - Throws: ``ImportError`` on a corrupt header, an unsafe name or a size over the limits,
  ///   or what the callbacks throw.
  mutating func feed(
    _ chunk: UnsafeRawBufferPointer, wants: (TarEntry) throws -> Bool,
    content: (TarEntry, Data) throws -> Void
  ) throws {
    var offset = 0
    while offset < chunk.count {
      switch state {
      case .end:
        return
      case .header:
        let take = min(512 - block.count, chunk.count - offset)
        block.append(contentsOf: chunk[offset..<offset + take])
        offset += take
        if block.count == 512 {
          try readHeader(wants: wants, content: content)
          block.removeAll(keepingCapacity: true)
        }
      case .content(let entry, var remaining, var padding, let kind):
        if remaining > 0 {
          let take = Int(min(remaining, Int64(chunk.count - offset)))
          if kind != .skip { buffer.append(contentsOf: chunk[offset..<offset + take]) }
          remaining -= Int64(take)
          offset += take
        } else {
          let take = min(padding, chunk.count - offset)
          padding -= take
          offset += take
        }
        if remaining == 0 && padding == 0 {
          state = .header
          try finishContent(entry, kind: kind, content: content)
        } else {
          state = .content(entry, remaining: remaining, padding: padding, kind: kind)
        }
      }
    }
  }

  /// Checks that the stream did not stop inside a header or a member.
  ///
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` for a truncated archive.
  func finish() throws {
    switch state {
    case .end:
      return
    case .header:
      if block.isEmpty { return }
      if headers == 0 {
        throw ImportError.malformed(
          path: path, location: nil,
          reason: "not a tar archive (\(block.count) bytes, less than one tar header)")
      }
      throw ImportError.malformed(
        path: path, location: "tar header \(headers + 1)",
        reason: "the archive is truncated inside a header")
    case .content(let entry, _, _, _):
      throw ImportError.malformed(
        path: path, location: "tar entry \(entry.record) '\(entry.name)'",
        reason: "the archive is truncated: the member ends before its \(entry.size) bytes")
    }
  }

  private mutating func readHeader(
    wants: (TarEntry) throws -> Bool, content: (TarEntry, Data) throws -> Void
  ) throws {
    if block.allSatisfy({ $0 == 0 }) {
      zeroBlocks += 1
      if zeroBlocks == 2 { state = .end }
      return
    }
    zeroBlocks = 0
    headers += 1
    let location = "tar header \(headers)"
    guard headers <= maxEntries else {
      throw ImportError.limitExceeded(
        path: path, limit: "record limit", value: "more than \(maxEntries) tar entries",
        option: "--max-records")
    }
    let header = TarHeader(block)
    guard header.checksumMatches else {
      throw ImportError.malformed(
        path: path, location: location,
        reason: "bad header checksum (not a tar archive, or a corrupt one)")
    }
    guard var size = header.size else {
      throw ImportError.malformed(path: path, location: location, reason: "unreadable size field")
    }
    if let override = pendingSize, header.isRegularFile { size = override }
    let padding = Int((512 - size % 512) % 512)
    let kind: ContentKind
    var entry = TarEntry(name: "", size: size, record: headers)
    switch header.typeFlag {
    case UInt8(ascii: "x"), UInt8(ascii: "L"):
      guard size <= Self.maxMetadataBytes else {
        throw ImportError.malformed(
          path: path, location: location,
          reason: "extended header of \(size) bytes (more than \(Self.maxMetadataBytes))")
      }
      kind = header.typeFlag == UInt8(ascii: "x") ? .paxLocal : .gnuLongName
    case _ where header.isRegularFile:
      let rawName = pendingName ?? header.name
      pendingName = nil
      pendingSize = nil
      entry.name = try Self.safeName(rawName, path: path, location: location)
      kind = try wants(entry) ? .collect : .skip
    default:
      // Directories, links, devices, global pax headers: no file to read.
      pendingName = nil
      pendingSize = nil
      kind = .skip
    }
    buffer.removeAll(keepingCapacity: true)
    if kind == .collect { buffer.reserveCapacity(Int(min(size, 64 << 20))) }
    if size == 0 {
      state = .header
      try finishContent(entry, kind: kind, content: content)
    } else {
      state = .content(entry, remaining: size, padding: padding, kind: kind)
    }
  }

  private mutating func finishContent(
    _ entry: TarEntry, kind: ContentKind, content: (TarEntry, Data) throws -> Void
  ) throws {
    switch kind {
    case .skip:
      break
    case .collect:
      try content(entry, Data(buffer))
    case .paxLocal:
      let fields = try TarHeader.paxFields(buffer, path: path, location: "tar header \(headers)")
      if let name = fields["path"] { pendingName = name }
      if let text = fields["size"] {
        guard let size = Int64(text), size >= 0 else {
          throw ImportError.malformed(
            path: path, location: "tar header \(headers)", reason: "bad pax size '\(text)'")
        }
        pendingSize = size
      }
    case .gnuLongName:
      let bytes = buffer.prefix { $0 != 0 }
      guard let name = String(validating: bytes, as: UTF8.self) else {
        throw ImportError.malformed(
          path: path, location: "tar header \(headers)", reason: "long name is not UTF-8")
      }
      pendingName = name
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// `name` without `./` and empty components; absolute names and `..` are refused.
  ///
  /// - Parameters:
  ///   - name: The name from the archive.
  ///   - path: The archive, for messages.
  ///   - location: The header, for messages.
  /// - Returns: The normalised relative name.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` for an unsafe name.
  static func safeName(_ name: String, path: String, location: String) throws -> String {
    let parts = name.split(separator: "/", omittingEmptySubsequences: true)
    guard !name.hasPrefix("/"), !parts.contains(".."), !name.contains("\u{0}"),
      !name.contains("\\")
    else {
      throw ImportError.malformed(
        path: path, location: location,
        reason: "unsafe member name '\(name)' (absolute, or with '..'); the archive is refused")
    }
    let kept = parts.filter { $0 != "." }
    guard !kept.isEmpty else {
      throw ImportError.malformed(path: path, location: location, reason: "empty member name")
    }
    return kept.joined(separator: "/")
  }
}
