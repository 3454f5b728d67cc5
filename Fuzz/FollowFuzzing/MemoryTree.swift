import FollowImport
import Foundation

/// A ``FileTree`` held in memory, for feeding archive members to parsers without a disk.
struct MemoryTree: FileTree {
  let files: [String: Data]
  var paths: [String] { files.keys.sorted() }

  func read(_ path: String) throws -> Data {
    guard let data = files[path] else {
      throw ImportError.unreadable(path: path, reason: "no such member")
    }
    return data
  }
}

/// A scratch file for parsers that read from a path; one per call, removed afterwards.
enum ScratchFile {
  /// Writes `data` to a new temporary file named `name`, runs `body` with its path, then
  /// removes the file.
  ///
  /// - Parameters:
  ///   - data: The content.
  ///   - name: The file name (its extension matters to format detection).
  ///   - body: Receives the path.
  /// - Returns: What `body` returns.
  /// - Throws: ``FuzzViolation`` when the file cannot be written, or what `body` throws.
  static func with<T>(_ data: Data, name: String, _ body: (String) throws -> T) throws -> T {
    // A memory-backed folder where there is one: a disk stall on a loaded machine once held
    // an unlink here past libFuzzer's timeout (fuzz-twarc2, Fuzz/README.md).
    let memory = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
    let base =
      FileManager.default.isWritableFile(atPath: memory.path)
      ? memory : FileManager.default.temporaryDirectory
    let folder = base.appendingPathComponent("followgraph-fuzz-\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try data.write(to: folder.appendingPathComponent(name))
    } catch {
      throw FuzzViolation("cannot write a scratch file: \(error)")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder.appendingPathComponent(name).path)
  }
}
