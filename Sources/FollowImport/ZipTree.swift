import Foundation
import ZIPFoundation

/// A zip archive read in place as a ``FileTree`` (ZIPFoundation); nothing is extracted to disk.
///
/// Deflated members are inflated from exactly their compressed bytes (see
/// ``ZipCentralDirectory``), every member is checked against its CRC-32, and no member may
/// grow past `--max-decompressed-size`, whatever its header declares.
public struct ZipTree: FileTree, @unchecked Sendable {
  // `Archive` is a class without concurrency annotations; a ZipTree is used from one task.
  private let archive: Archive
  private let url: URL
  private let members: [String: (entry: Entry, record: ZipCentralDirectory.Record)]
  private let displayPath: String
  private let limits: ImportLimits
  public let paths: [String]

  /// Opens the zip file at `url`.
  ///
  /// - Parameters:
  ///   - url: The zip file.
  ///   - limits: Caps on member sizes.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` when the file is not a zip.
  public init(url: URL, limits: ImportLimits) throws {
    displayPath = url.path
    self.url = url
    self.limits = limits
    let directory: ZipCentralDirectory
    do {
      archive = try Archive(url: url, accessMode: .read)
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      directory = try ZipCentralDirectory(handle: handle, size: try handle.seekToEnd())
    } catch {
      throw ImportError.malformed(
        path: url.path, location: nil, reason: "not a readable zip archive (\(error))")
    }
    let all = Array(archive)
    guard all.count == directory.records.count else {
      throw ImportError.malformed(
        path: url.path, location: nil,
        reason: "not a readable zip archive (the central directory lists \(all.count) members "
          + "but holds \(directory.records.count) records)")
    }
    var members: [String: (entry: Entry, record: ZipCentralDirectory.Record)] = [:]
    for (entry, record) in zip(all, directory.records) where entry.type == .file {
      let path = entry.path
      // Names are only keys: never joined to a file-system path.
      guard !path.isEmpty, !path.hasSuffix("/") else { continue }
      members[path] = (entry, record)
    }
    self.members = members
    paths = members.keys.sorted()
  }

  public func read(_ path: String) throws -> Data {
    let display = "\(displayPath):\(path)"
    guard let (entry, record) = members[path] else {
      throw ImportError.unreadable(path: display, reason: "no such member")
    }
    let declared = Int64(clamping: entry.uncompressedSize)
    if declared > limits.maxDecompressedBytes {
      throw ImportError.limitExceeded(
        path: display, limit: "decompressed size limit",
        value: "\(declared) bytes > \(limits.maxDecompressedBytes)",
        option: "--max-decompressed-size")
    }
    var data = Data()
    // The declared size is only a hint from the file: reserve at most 64 MiB up front, so an
    // archive that lies about its sizes cannot make us allocate gigabytes for nothing.
    data.reserveCapacity(Int(min(declared, 64 << 20)))
    let cap = limits.maxDecompressedBytes
    let consumer: Consumer = { chunk in
      data.append(chunk)
      if Int64(data.count) > cap { throw ZipTreeOverflow() }
    }
    let checksum: CRC32
    do {
      if record.method == 8 {
        checksum = try inflate(record, into: consumer)
      } else {
        checksum = try archive.extract(entry, skipCRC32: false, consumer: consumer)
      }
    } catch is ZipTreeOverflow {
      throw ImportError.limitExceeded(
        path: display, limit: "decompressed size limit", value: "more than \(cap) bytes",
        option: "--max-decompressed-size")
    } catch {
      throw ImportError.malformed(
        path: display, location: nil, reason: "cannot decompress the member (\(error))")
    }
    // ZIPFoundation computes the CRC-32 but leaves the comparison to the caller.
    guard checksum == entry.checksum else {
      throw ImportError.malformed(
        path: display, location: nil, reason: "the member is corrupt (CRC-32 mismatch)")
    }
    return data
  }

  /// Inflates a deflated member from its own compressed bytes only: a stream that does not end
  /// within them is an error, where ZIPFoundation's reader would loop forever at the end of
  /// the file.
  private func inflate(_ record: ZipCentralDirectory.Record, into consumer: Consumer) throws
    -> CRC32
  {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    let start = try ZipCentralDirectory.dataOffset(
      of: record, handle: handle, size: try handle.seekToEnd())
    try handle.seek(toOffset: start)
    var remaining = record.compressedSize
    return try Data.decompress(
      size: Int64(clamping: record.compressedSize), bufferSize: 64 << 10, skipCRC32: false,
      provider: { _, chunkSize in
        guard remaining > 0 else {
          throw ZipCentralDirectory.Unreadable(
            description: "the "
              + "deflate stream does not end within the member's compressed bytes")
        }
        var chunk = try handle.read(upToCount: Int(min(UInt64(chunkSize), remaining))) ?? Data()
        guard !chunk.isEmpty else {
          throw ZipCentralDirectory.Unreadable(description: "the file is cut short")
        }
        remaining -= UInt64(chunk.count)
        // The inflater is told each chunk holds `chunkSize` bytes: pad the last one, so it
        // never reads past the buffer (zeros are no valid continuation of a deflate stream).
        if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
        return chunk
      }, consumer: consumer)
  }
}

private struct ZipTreeOverflow: Error {}
