import Foundation

/// A `.tar.gz` (or plain `.tar`) archive read in place as a ``FileTree``; nothing is
/// extracted to disk and member names are never used as paths.
///
/// Opening the archive reads it once to list its files and keeps the content of small members
/// in memory; a larger member is read by streaming the archive again up to it. The
/// decompressed stream is capped by ``ImportLimits/maxDecompressedBytes``, so a gzip bomb
/// stops with a clear error.
public struct TarGzTree: FileTree {
  /// A member kept in memory when it is at most this large.
  static let cachedMemberBytes: Int64 = 8 << 20
  /// The most bytes kept in memory across members.
  static let cachedTotalBytes: Int64 = 64 << 20

  private let url: URL
  private let displayPath: String
  private let isGzip: Bool
  private let limits: ImportLimits
  private let sizes: [String: Int64]
  private let cache: [String: Data]
  public let paths: [String]

  /// Whether `head` starts like a gzip stream (`1f 8b`).
  ///
  /// - Parameter head: The first bytes of a file.
  /// - Returns: `true` for gzip.
  public static func isGzip(_ head: Data) -> Bool {
    head.starts(with: [0x1F, 0x8B])
  }

  /// Whether `head` holds a POSIX or GNU tar header (`ustar` at byte 257).
  ///
  /// - Parameter head: At least the first 512 bytes of a file.
  /// - Returns: `true` for tar.
  public static func isTar(_ head: Data) -> Bool {
    head.count >= 262 && head.dropFirst(257).prefix(5).elementsEqual("ustar".utf8)
  }

  /// Opens the archive at `url` and lists its files.
  ///
  /// - Parameters:
  ///   - url: A `.tar.gz`, `.tgz` or `.tar` file.
  ///   - limits: Caps on the decompressed size and the number of entries.
  ///   - displayPath: The path to name in messages (default: the URL's path).
  /// - Throws: ``ImportError`` when the archive is corrupt, truncated, holds an unsafe member
  ///   name or exceeds a limit.
  public init(url: URL, limits: ImportLimits, displayPath: String? = nil) throws {
    self.url = url
    let displayPath = displayPath ?? url.path
    self.displayPath = displayPath
    self.limits = limits
    let head = try Self.head(of: url, path: displayPath)
    isGzip = Self.isGzip(head)
    var sizes: [String: Int64] = [:]
    var cache: [String: Data] = [:]
    var cached: Int64 = 0
    try Self.scan(url: url, path: displayPath, isGzip: isGzip, limits: limits) { entry in
      sizes[entry.name] = entry.size
      cache[entry.name] = nil
      return entry.size <= Self.cachedMemberBytes && cached + entry.size <= Self.cachedTotalBytes
    } content: { entry, data in
      cache[entry.name] = data
      cached += Int64(data.count)
      return false
    }
    self.sizes = sizes
    self.cache = cache
    paths = sizes.keys.sorted()
  }

  public func read(_ path: String) throws -> Data {
    let display = "\(displayPath):\(path)"
    guard let size = sizes[path] else {
      throw ImportError.unreadable(path: display, reason: "no such member")
    }
    if let data = cache[path] { return data }
    if size > limits.maxDecompressedBytes {
      throw ImportError.limitExceeded(
        path: display, limit: "decompressed size limit",
        value: "\(size) bytes > \(limits.maxDecompressedBytes)", option: "--max-decompressed-size")
    }
    var found: Data?
    try Self.scan(url: url, path: displayPath, isGzip: isGzip, limits: limits) { entry in
      entry.name == path
    } content: { _, data in
      // A later member with the same name replaces an earlier one, as tar extraction does.
      found = data
      return false
    }
    guard let found else {
      throw ImportError.unreadable(path: display, reason: "the member vanished on a second read")
    }
    return found
  }

  /// Streams the archive once, handing entries to `wants` and wanted contents to `content`
  /// (which returns `true` to stop early).
  private static func scan(
    url: URL, path: String, isGzip: Bool, limits: ImportLimits,
    wants: (TarEntry) throws -> Bool, content: (TarEntry, Data) throws -> Bool
  ) throws {
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw ImportError.unreadable(path: path, reason: error.localizedDescription)
    }
    defer { try? handle.close() }
    var tar = TarReader(path: path, maxEntries: limits.maxRecords)
    let inflater = isGzip ? try ZlibInflater(path: path, cap: limits.maxDecompressedBytes) : nil
    var plainBytes: Int64 = 0
    var stop = false
    func feedTar(_ bytes: UnsafeRawBufferPointer) throws {
      guard !stop, !tar.isAtEnd else { return }
      try tar.feed(bytes, wants: wants) { entry, data in
        if try content(entry, data) { stop = true }
      }
    }
    while !stop && !tar.isAtEnd {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      } catch {
        throw ImportError.unreadable(path: path, reason: error.localizedDescription)
      }
      if chunk.isEmpty { break }
      try chunk.withUnsafeBytes { bytes in
        if let inflater {
          try inflater.feed(bytes, feedTar)
        } else {
          plainBytes += Int64(bytes.count)
          try feedTar(bytes)
        }
      }
    }
    if stop || tar.isAtEnd { return }
    if let inflater, !inflater.isAtMemberEnd {
      throw ImportError.malformed(
        path: path, location: nil,
        reason: "the gzip stream is truncated (it ends after \(inflater.produced) "
          + "decompressed bytes)")
    }
    try tar.finish()
    if (inflater?.produced ?? plainBytes) == 0 {
      throw ImportError.malformed(path: path, location: nil, reason: "the archive is empty")
    }
  }

  private static func head(of url: URL, path: String) throws -> Data {
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      return try handle.read(upToCount: 512) ?? Data()
    } catch {
      throw ImportError.unreadable(path: path, reason: error.localizedDescription)
    }
  }
}
