import Foundation

/// A read-only tree of files: an unpacked folder or an archive read in place.
///
/// Paths are relative, `/`-separated and never used to touch the file system outside the
/// tree; nothing is extracted to disk.
public protocol FileTree: Sendable {
  /// Every regular file in the tree, sorted.
  var paths: [String] { get }
  /// The whole content of the file at `path`.
  ///
  /// - Parameter path: A path from ``paths``.
  /// - Returns: The bytes.
  /// - Throws: ``ImportError`` when the file cannot be read or exceeds a limit.
  func read(_ path: String) throws -> Data
}

/// A folder on disk read as a ``FileTree``; symbolic links are not followed.
public struct FolderTree: FileTree {
  /// The folder.
  public let root: URL
  public let paths: [String]
  private let limits: ImportLimits

  /// Lists the regular files under `root`.
  ///
  /// - Parameters:
  ///   - root: The folder.
  ///   - limits: Caps on file sizes.
  /// - Throws: ``ImportError/unreadable(path:reason:)`` when the folder cannot be listed.
  public init(root: URL, limits: ImportLimits) throws {
    self.root = root.standardizedFileURL
    self.limits = limits
    let fileManager = FileManager.default
    guard
      let enumerator = fileManager.enumerator(
        at: self.root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
        options: [])
    else {
      throw ImportError.unreadable(path: root.path, reason: "cannot list the folder")
    }
    let rootPath = self.root.path.hasSuffix("/") ? self.root.path : self.root.path + "/"
    var found: [String] = []
    for case let url as URL in enumerator {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
      guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(rootPath) else { continue }
      found.append(String(path.dropFirst(rootPath.count)))
    }
    paths = found.sorted()
  }

  public func read(_ path: String) throws -> Data {
    let url = root.appendingPathComponent(path)
    let display = url.path
    let size =
      ((try? FileManager.default.attributesOfItem(atPath: display))?[.size] as? NSNumber)?
      .int64Value ?? 0
    if size > limits.maxFileBytes {
      throw ImportError.limitExceeded(
        path: display, limit: "file size limit", value: "\(size) bytes > \(limits.maxFileBytes)",
        option: "--max-file-size")
    }
    do {
      return try ImportSource.readWhole(url)
    } catch {
      throw ImportError.unreadable(path: display, reason: error.localizedDescription)
    }
  }
}
