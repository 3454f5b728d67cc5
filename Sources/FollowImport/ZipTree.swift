import Foundation
import ZIPFoundation

/// A zip archive read in place as a ``FileTree`` (ZIPFoundation); nothing is extracted to disk.
public struct ZipTree: FileTree, @unchecked Sendable {
  // `Archive` is a class without concurrency annotations; a ZipTree is used from one task.
  private let archive: Archive
  private let entries: [String: Entry]
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
    self.limits = limits
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw ImportError.malformed(
        path: url.path, location: nil, reason: "not a readable zip archive (\(error))")
    }
    var entries: [String: Entry] = [:]
    for entry in archive where entry.type == .file {
      let path = entry.path
      // Names are only keys: never joined to a file-system path.
      guard !path.isEmpty, !path.hasSuffix("/") else { continue }
      entries[path] = entry
    }
    self.entries = entries
    paths = entries.keys.sorted()
  }

  public func read(_ path: String) throws -> Data {
    guard let entry = entries[path] else {
      throw ImportError.unreadable(path: "\(displayPath):\(path)", reason: "no such member")
    }
    let declared = Int64(clamping: entry.uncompressedSize)
    if declared > limits.maxDecompressedBytes {
      throw ImportError.limitExceeded(
        path: "\(displayPath):\(path)", limit: "decompressed size limit",
        value: "\(declared) bytes > \(limits.maxDecompressedBytes)",
        option: "--max-decompressed-size")
    }
    var data = Data()
    // The declared size is only a hint from the file: reserve at most 64 MiB up front, so an
    // archive that lies about its sizes cannot make us allocate gigabytes for nothing.
    data.reserveCapacity(Int(min(declared, 64 << 20)))
    let cap = limits.maxDecompressedBytes
    let checksum: CRC32
    do {
      checksum = try archive.extract(entry, skipCRC32: false) { chunk in
        data.append(chunk)
        if Int64(data.count) > cap { throw ZipTreeOverflow() }
      }
    } catch is ZipTreeOverflow {
      throw ImportError.limitExceeded(
        path: "\(displayPath):\(path)", limit: "decompressed size limit",
        value: "more than \(cap) bytes", option: "--max-decompressed-size")
    } catch {
      throw ImportError.malformed(
        path: "\(displayPath):\(path)", location: nil,
        reason: "cannot decompress the member (\(error))")
    }
    // ZIPFoundation computes the CRC-32 but leaves the comparison to the caller.
    guard checksum == entry.checksum else {
      throw ImportError.malformed(
        path: "\(displayPath):\(path)", location: nil,
        reason: "the member is corrupt (CRC-32 mismatch)")
    }
    return data
  }
}

private struct ZipTreeOverflow: Error {}
