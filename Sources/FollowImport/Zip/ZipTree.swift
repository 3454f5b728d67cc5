import CFollowZlib
import Foundation

/// A zip archive read in place as a ``FileTree``; nothing is extracted to disk.
///
/// The project's own reader (issue 18): every member, stored or deflated, is read from
/// exactly the compressed bytes its central-directory record declares; its local header must
/// agree with that record (``ZipLocalHeader``); a deflate stream must end within those bytes;
/// the result must have the declared size and CRC-32; and no member may grow past
/// `--max-decompressed-size`, whatever its header says. Each read is bounded by the member's
/// compressed size and the cap, so no archive can make it loop.
public struct ZipTree: FileTree {
  private let url: URL
  private let fileSize: UInt64
  private let members: [String: ZipCentralDirectory.Record]
  private let displayPath: String
  private let limits: ImportLimits
  public let paths: [String]

  /// Opens the zip file at `url` and reads its central directory.
  ///
  /// - Parameters:
  ///   - url: The zip file.
  ///   - limits: Caps on member sizes and counts.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` when the file is not a zip.
  public init(url: URL, limits: ImportLimits) throws {
    displayPath = url.path
    self.url = url
    self.limits = limits
    let directory: ZipCentralDirectory
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      fileSize = try handle.seekToEnd()
      directory = try ZipCentralDirectory(handle: handle, size: fileSize)
    } catch {
      throw ImportError.malformed(
        path: url.path, location: nil, reason: "not a readable zip archive (\(error))")
    }
    var members: [String: ZipCentralDirectory.Record] = [:]
    for record in directory.records where !record.isFolder && !record.isSymbolicLink {
      let path = ZipMemberName.decode(record.nameBytes)
      guard !path.isEmpty else { continue }
      members[path] = record
    }
    self.members = members
    paths = members.keys.sorted()
  }

  public func read(_ path: String) throws -> Data {
    let display = "\(displayPath):\(path)"
    guard let record = members[path] else {
      throw ImportError.unreadable(path: display, reason: "no such member")
    }
    let cap = limits.maxDecompressedBytes
    if record.uncompressedSize > UInt64(max(cap, 0)) {
      throw ImportError.limitExceeded(
        path: display, limit: "decompressed size limit",
        value: "\(record.uncompressedSize) bytes > \(cap)", option: "--max-decompressed-size")
    }
    guard record.flags & 0x0001 == 0 else {
      throw ImportError.unreadable(path: display, reason: "the member is encrypted")
    }
    guard record.method == 0 || record.method == 8 else {
      throw ImportError.unreadable(
        path: display,
        reason: "compression method \(record.method) is not supported (only stored and deflated)")
    }
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw ImportError.unreadable(path: displayPath, reason: error.localizedDescription)
    }
    defer { try? handle.close() }
    do {
      try handle.seek(
        toOffset: try ZipLocalHeader.dataOffset(of: record, handle: handle, size: fileSize))
    } catch {
      throw ImportError.malformed(
        path: display, location: nil, reason: "not a readable zip member (\(error))")
    }
    var member = ZipMemberBytes(record: record, display: display, cap: cap)
    do {
      try member.read(from: handle)
    } catch let error as ImportError {
      throw error
    } catch {
      throw ImportError.malformed(
        path: display, location: nil, reason: "cannot decompress the member (\(error))")
    }
    return member.data
  }
}

/// Reads one member's bytes from an open handle positioned at its compressed data.
///
/// - Complexity: O(*c* + *u*): the member's compressed bytes are read once, in chunks of at
///   most 64 KiB, and at most `cap` bytes are produced.
struct ZipMemberBytes {
  let record: ZipCentralDirectory.Record
  let display: String
  let cap: Int64
  private(set) var data = Data()
  private var checksum: uLong = crc32(0, nil, 0)

  init(record: ZipCentralDirectory.Record, display: String, cap: Int64) {
    self.record = record
    self.display = display
    self.cap = cap
    // The declared size is only a hint from the file: reserve at most 64 MiB up front, so an
    // archive that lies about its sizes cannot make us allocate gigabytes for nothing.
    data.reserveCapacity(Int(min(record.uncompressedSize, 64 << 20)))
  }

  /// Reads, inflates and checks the member.
  mutating func read(from handle: FileHandle) throws {
    let inflater =
      record.method == 8
      ? try ZlibInflater(path: display, cap: cap, framing: .rawDeflate) : nil
    var remaining = record.compressedSize
    while remaining > 0 {
      let chunk = try handle.read(upToCount: Int(min(remaining, 64 << 10))) ?? Data()
      guard !chunk.isEmpty else {
        throw ZipCentralDirectory.Unreadable(description: "the file is cut short")
      }
      remaining -= UInt64(chunk.count)
      try chunk.withUnsafeBytes { bytes in
        if let inflater {
          try inflater.feed(bytes) { try append($0) }
        } else {
          try append(bytes)
        }
      }
      if let inflater, inflater.isAtMemberEnd { break }
    }
    if let inflater, !inflater.isAtMemberEnd {
      throw ZipCentralDirectory.Unreadable(
        description: "the deflate stream does not end within the member's compressed bytes")
    }
    guard UInt64(data.count) == record.uncompressedSize else {
      throw ImportError.malformed(
        path: display, location: nil,
        reason: "the member is corrupt (\(data.count) bytes where the archive declares "
          + "\(record.uncompressedSize))")
    }
    guard UInt32(truncatingIfNeeded: checksum) == record.crc32 else {
      throw ImportError.malformed(
        path: display, location: nil, reason: "the member is corrupt (CRC-32 mismatch)")
    }
  }

  private mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    if Int64(data.count) + Int64(bytes.count) > cap {
      throw ImportError.limitExceeded(
        path: display, limit: "decompressed size limit", value: "more than \(cap) bytes",
        option: "--max-decompressed-size")
    }
    data.append(base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    checksum = crc32(checksum, base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
  }
}
