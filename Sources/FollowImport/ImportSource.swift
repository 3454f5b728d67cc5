import Crypto
import Foundation

/// One path given to `followgraph import`: a file, a folder or an archive, opened for reading.
///
/// The source keeps a SHA-256 digest of everything a parser reads from it, so that an export
/// imported twice is recognised without reading it twice.
public final class ImportSource: @unchecked Sendable {
  /// What kind of thing the path is.
  public enum Kind: Sendable {
    /// A regular file, read whole or streamed in chunks.
    case file(URL)
    /// A folder or an archive.
    case tree(any FileTree)
  }

  /// The path as the user gave it, for messages.
  public let path: String
  /// The file or tree.
  public let kind: Kind
  /// Caps on sizes.
  public let limits: ImportLimits
  private var fileDigest = SHA256()
  private var memberDigests: [String: String] = [:]

  /// Opens `path`: a folder becomes a ``FolderTree``, a zip file a ``ZipTree``, a `.tar.gz`
  /// or `.tar` file a ``TarGzTree``, anything else a plain file.
  ///
  /// - Parameters:
  ///   - path: The path the user gave.
  ///   - limits: Caps on sizes.
  /// - Throws: ``ImportError`` when the path is missing, unreadable or too large.
  public init(path: String, limits: ImportLimits = ImportLimits()) throws {
    self.path = path
    self.limits = limits
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ImportError.fileNotFound(path: path)
    }
    if isDirectory.boolValue {
      kind = .tree(try FolderTree(root: url, limits: limits))
      return
    }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw ImportError.unreadable(path: path, reason: "permission denied")
    }
    let size =
      ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?
      .int64Value ?? 0
    if size > limits.maxFileBytes {
      throw ImportError.limitExceeded(
        path: path, limit: "file size limit", value: "\(size) bytes > \(limits.maxFileBytes)",
        option: "--max-file-size")
    }
    let head = try Self.readHead(of: url, count: 512)
    let lowered = path.lowercased()
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
      || lowered.hasSuffix(".zip")
    {
      kind = .tree(try ZipTree(url: url, limits: limits))
    } else if TarGzTree.isGzip(head) || TarGzTree.isTar(head) || lowered.hasSuffix(".tar.gz")
      || lowered.hasSuffix(".tgz") || lowered.hasSuffix(".tar")
    {
      kind = .tree(try TarGzTree(url: url, limits: limits, displayPath: path))
    } else {
      kind = .file(url)
    }
  }

  /// Wraps an in-memory tree, for tests and for archives already open.
  ///
  /// - Parameters:
  ///   - path: The name to use in messages.
  ///   - tree: The tree.
  ///   - limits: Caps on sizes.
  public init(path: String, tree: any FileTree, limits: ImportLimits = ImportLimits()) {
    self.path = path
    self.kind = .tree(tree)
    self.limits = limits
  }

  /// The first bytes of the file (at most `count`), for format detection; not digested.
  ///
  /// - Parameter count: How many bytes at most.
  /// - Returns: The bytes; empty for a tree.
  public func head(_ count: Int = 64 << 10) -> Data {
    guard case .file(let url) = kind else { return Data() }
    return (try? Self.readHead(of: url, count: count)) ?? Data()
  }

  /// The whole file, digested.
  ///
  /// - Returns: The bytes.
  /// - Throws: ``ImportError`` when the source is a tree or cannot be read.
  public func readAll() throws -> Data {
    guard case .file(let url) = kind else {
      throw ImportError.malformed(
        path: path, location: nil, reason: "expected a file, found a folder or archive")
    }
    do {
      let data = try Self.readWhole(url)
      fileDigest.update(data: data)
      return data
    } catch {
      throw ImportError.unreadable(path: path, reason: error.localizedDescription)
    }
  }

  /// Streams the file in chunks, digesting them on a second thread; memory stays bounded by a
  /// few chunks.
  ///
  /// - Parameters:
  ///   - chunkSize: The size of each read.
  ///   - body: Called with each chunk and the bytes read so far; the last chunk may be short.
  /// - Throws: ``ImportError`` when the source is a tree or a read fails, or what `body` throws.
  public func streamChunks(
    chunkSize: Int = 4 << 20, _ body: (UnsafeRawBufferPointer, Int64) throws -> Void
  ) throws {
    guard case .file(let url) = kind else {
      throw ImportError.malformed(
        path: path, location: nil, reason: "expected a file, found a folder or archive")
    }
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw ImportError.unreadable(path: path, reason: error.localizedDescription)
    }
    defer { try? handle.close() }
    // The digest runs on a second thread while `body` parses the same chunk, so hashing costs
    // no time on the parser's path; it is complete when this method returns or throws.
    let hashing = DispatchQueue(label: "followgraph.import.sha256")
    let inFlight = DispatchSemaphore(value: 4)  // at most four chunks wait for the digest
    defer { hashing.sync {} }
    var total: Int64 = 0
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: chunkSize) ?? Data()
      } catch {
        throw ImportError.unreadable(path: path, reason: error.localizedDescription)
      }
      if chunk.isEmpty { break }
      inFlight.wait()
      hashing.async {
        self.fileDigest.update(data: chunk)
        inFlight.signal()
      }
      total += Int64(chunk.count)
      try chunk.withUnsafeBytes { try body($0, total) }
    }
  }

  /// The size of the file in bytes, or `nil` for a tree.
  public var fileSize: Int64? {
    guard case .file(let url) = kind else { return nil }
    return ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?
      .int64Value
  }

  /// The paths of the tree, or an empty list for a file.
  public var treePaths: [String] {
    guard case .tree(let tree) = kind else { return [] }
    return tree.paths
  }

  /// Reads a member of the tree, digesting it.
  ///
  /// - Parameter member: A path from ``treePaths``.
  /// - Returns: The bytes.
  /// - Throws: ``ImportError`` when the source is a file or the member cannot be read.
  public func readMember(_ member: String) throws -> Data {
    guard case .tree(let tree) = kind else {
      throw ImportError.malformed(path: path, location: nil, reason: "expected a folder or archive")
    }
    let data = try tree.read(member)
    memberDigests[member] = Self.hex(SHA256.hash(data: data))
    return data
  }

  /// The SHA-256 of what was read: the file's bytes, or for a tree the sorted list of the
  /// members read with their own digests, so a folder and its zip hash alike.
  ///
  /// - Returns: 64 lower-case hex digits.
  public func contentDigest() -> String {
    if case .file = kind { return Self.hex(fileDigest.finalize()) }
    var combined = SHA256()
    for (member, digest) in memberDigests.sorted(by: { $0.key < $1.key }) {
      combined.update(data: Data("\(member)\u{0}\(digest)\n".utf8))
    }
    return Self.hex(combined.finalize())
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }

  /// The whole file at `url`, mapped when that is safe.
  ///
  /// A file whose size reads as 0 is read through a `FileHandle`: Foundation's
  /// `Data(contentsOf:)` leaks a 4 KiB buffer for each empty file it reads (Swift 6.3.1 on
  /// Linux; fuzz-mastodon's leak check found it), and a size of 0 may also be a pipe.
  ///
  /// - Parameter url: The file.
  /// - Returns: The bytes.
  /// - Throws: The reading error.
  static func readWhole(_ url: URL) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber
    guard size?.int64Value == 0 else { return try Data(contentsOf: url, options: .mappedIfSafe) }
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    return try handle.readToEnd() ?? Data()
  }

  private static func readHead(of url: URL, count: Int) throws -> Data {
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      return try handle.read(upToCount: count) ?? Data()
    } catch {
      throw ImportError.unreadable(path: url.path, reason: error.localizedDescription)
    }
  }
}
