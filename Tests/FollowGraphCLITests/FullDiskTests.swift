import FollowTestSupport
import Foundation
import Testing

/// An import that fills the disk fails with a clear error and leaves the database as it was.
///
/// The disk is a 2 MiB tmpfs mounted for the test, which needs root (as in CI); elsewhere the
/// test is skipped with that reason.
struct FullDiskTests {
  /// Whether a tmpfs can be mounted here (root with the mount capability).
  static let canMount: Bool = {
    guard geteuid() == 0, let folder = try? TemporaryFolder() else { return false }
    guard mount(size: "64k", at: folder.url.path) else { return false }
    unmount(folder.url.path)
    return true
  }()

  @discardableResult
  private static func mount(size: String, at path: String) -> Bool {
    (try? run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])) == 0
  }

  private static func unmount(_ path: String) {
    _ = try? run("/bin/umount", [path])
  }

  private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
  func aFullDiskFailsClearlyAndChangesNothing() throws {
    let folder = try TemporaryFolder()
    let disk = folder.url.appendingPathComponent("disk").path
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
    try #require(Self.mount(size: "2m", at: disk))
    defer { Self.unmount(disk) }
    let db = "\(disk)/graph.sqlite"
    #expect(
      try CommandRunner.run([
        "import", "--quiet", "--db", db, "SampleData/edges/marketing-circle.txt",
      ]).status == 0)
    let before = try DatabaseState.read(db)
    let big = folder.path("big.txt")
    try CommandRunner.writeLargeEdgeList(count: 150_000, accounts: 40_000, seed: 5, to: big)

    let result = try CommandRunner.run(["import", "--quiet", "--db", db, big])
    #expect(result.status != 0)
    #expect(
      result.stderr
        == "Error: database write failed, nothing was changed: the disk or the database size "
        + "limit is full\n")
    let after = try DatabaseState.read(db)
    #expect(after.integrity == ["ok"])
    #expect(after == before)
  }
}
