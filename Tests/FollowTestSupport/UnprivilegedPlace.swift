import Foundation
import Testing

/// Where a test running as root can put the binary and its files so that a child dropped to
/// the unprivileged user `nobody` reaches them, wherever the checkout sits.
///
/// A checkout under a folder only its owner may enter (mode 700, as root's home folder is)
/// hides the built binary and the project's files from `nobody`. This place is a fresh folder
/// directly under `/tmp`, mode 0711, holding a copy of the binary; test folders are made
/// inside it. It is removed when the test process exits.
public enum UnprivilegedPlace {
  /// The folder, or `nil` when the tests do not run as root (nothing to drop) or none can be
  /// made.
  public static let folder: URL? = makeFolder()

  /// Whether a test that drops privileges can run: not as root, or with the place made.
  public static var isAvailable: Bool { geteuid() != 0 || folder != nil }

  /// Why a test that drops privileges is skipped.
  public static let unavailableReason: Comment =
    "running as root, and no folder under /tmp that the unprivileged user can reach could be made"

  /// The binary the unprivileged child runs: the copy in the place, else the built one.
  static var binary: URL {
    folder?.appendingPathComponent("followgraph") ?? CommandRunner.binary
  }

  /// A fresh temporary folder the unprivileged user can reach (mode 0755).
  ///
  /// - Returns: The folder, inside the place when running as root.
  /// - Throws: When it cannot be created.
  public static func temporaryFolder() throws -> TemporaryFolder {
    try TemporaryFolder(in: folder)
  }

  private static func makeFolder() -> URL? {
    guard geteuid() == 0 else { return nil }
    let url = URL(fileURLWithPath: "/tmp/followgraph-unprivileged-\(getpid())", isDirectory: true)
    let manager = FileManager.default
    do {
      try? manager.removeItem(at: url)
      try manager.createDirectory(
        at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o711])
      let copy = url.appendingPathComponent("followgraph")
      try manager.copyItem(at: CommandRunner.binary, to: copy)
      try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
    } catch {
      try? manager.removeItem(at: url)
      return nil
    }
    guard othersMayEnter(url) else {
      try? manager.removeItem(at: url)
      return nil
    }
    atexit {
      try? FileManager.default.removeItem(atPath: "/tmp/followgraph-unprivileged-\(getpid())")
    }
    return url
  }

  /// Whether every folder from `/` down to `url` lets other users through (o+x).
  private static func othersMayEnter(_ url: URL) -> Bool {
    var path = url.standardizedFileURL.path
    while true {
      guard
        let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
          as? Int, mode & 0o001 != 0
      else { return false }
      if path == "/" { return true }
      path = (path as NSString).deletingLastPathComponent
    }
  }
}
