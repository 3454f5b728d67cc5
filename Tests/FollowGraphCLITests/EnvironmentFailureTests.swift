import FollowTestSupport
import Foundation
import Testing

/// A hostile environment (read-only files, missing folders, denied permissions, a full disk)
/// gives one clear error, a non-zero exit and no partial state.
struct EnvironmentFailureTests {
  private static let sample = "SampleData/edges/marketing-circle.txt"

  /// A database holding the sample edge list, in a folder the unprivileged user may enter.
  private func seededDatabase(in folder: TemporaryFolder) throws -> String {
    let db = folder.path("graph.sqlite")
    let result = try CommandRunner.run(["import", "--quiet", "--db", db, Self.sample])
    #expect(result.status == 0)
    return db
  }

  @Test(.enabled(if: UnprivilegedPlace.isAvailable, UnprivilegedPlace.unavailableReason))
  func aReadOnlyDatabaseIsLeftAsItWas() throws {
    // The database and the input sit where the unprivileged child can reach them, wherever
    // the checkout is (a checkout under a mode-700 folder is out of its reach).
    let folder = try UnprivilegedPlace.temporaryFolder()
    let db = try seededDatabase(in: folder)
    let before = try DatabaseState.read(db)
    let input = try folder.write(
      try String(
        contentsOf: ReferenceData.projectRoot.appendingPathComponent(
          "Tests/FollowImportTests/Fixtures/edges/snap.txt"), encoding: .utf8),
      to: "snap.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
    let result = try CommandRunner.runUnprivileged(["import", "--quiet", "--db", db, input])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    // Depending on whether SQLite can open the WAL files read-only, the open or the first
    // write fails; either way the message says why.
    #expect(
      result.stderr == "Error: cannot open database '\(db)': the database is read-only\n"
        || result.stderr
          == "Error: database write failed, nothing was changed: the database is read-only\n"
    )
    #expect(result.stderr.split(separator: "\n").count == 1)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
    #expect(try DatabaseState.read(db) == before)
  }

  @Test func aMissingFolderIsNamed() throws {
    let missing = "/nonexistent-\(UUID().uuidString)"
    let result = try CommandRunner.run(["import", "--db", "\(missing)/g.sqlite", Self.sample])
    #expect(result.status != 0)
    #expect(
      result.stderr
        == "Error: cannot open database '\(missing)/g.sqlite': folder '\(missing)' does not "
        + "exist\n")
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  @Test(.enabled(if: UnprivilegedPlace.isAvailable, UnprivilegedPlace.unavailableReason))
  func anUnreadableInputFailsWithoutLeavingADatabase() throws {
    let folder = try UnprivilegedPlace.temporaryFolder()
    if geteuid() == 0 {
      // The unprivileged user must be able to create the database, but not read the input.
      try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: folder.url.path)
    }
    let input = try folder.write("alice bob\n", to: "secret.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: input)
    if geteuid() == 0 {
      try FileManager.default.setAttributes([.ownerAccountID: 0], ofItemAtPath: input)
    }
    let db = folder.path("graph.sqlite")
    let result = try CommandRunner.runUnprivileged(["import", "--quiet", "--db", db, input])
    #expect(result.status != 0)
    #expect(result.stderr == "Error: \(input): cannot read: permission denied\n")
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test(.enabled(if: UnprivilegedPlace.isAvailable, UnprivilegedPlace.unavailableReason))
  func reportsGoOnlyIntoOutAndLeaveNoTemporaryFiles() throws {
    let folder = try UnprivilegedPlace.temporaryFolder()
    let db = try seededDatabase(in: folder)
    let workdir = folder.url.appendingPathComponent("cwd")
    try FileManager.default.createDirectory(at: workdir, withIntermediateDirectories: true)
    let out = folder.path("reports")
    let result = try CommandRunner.run(
      ["report", "--db", db, "--out", out, "--as-of", "2024-03-01"], in: workdir)
    #expect(result.status == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      written
        == [
          "accounts.csv", "changes.csv", "fans.csv", "index.html", "mutuals.csv",
          "not_following_back.csv", "off_theme_posts.csv", "post_topics.csv", "report.json",
          "summary.txt", "topic_focus.csv", "topic_monthly.csv", "web_famous.csv",
        ].sorted())
    #expect(try FileManager.default.contentsOfDirectory(atPath: workdir.path).isEmpty)
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
        == ["graph.sqlite", "graph.sqlite-wal", "graph.sqlite-shm", "cwd", "reports"]
        .filter { FileManager.default.fileExists(atPath: folder.path($0)) }
        .reduce(into: Set<String>()) { $0.insert($1) })

    // A report that cannot write keeps the files it had, whole, and leaves no temporary file.
    let original = try String(contentsOfFile: "\(out)/summary.txt", encoding: .utf8)
    if geteuid() == 0 {
      // The unprivileged user may use the database but not write into --out.
      for name in ["", "graph.sqlite", "graph.sqlite-wal", "graph.sqlite-shm", "cwd"] {
        try? FileManager.default.setAttributes(
          [.ownerAccountID: 65534], ofItemAtPath: folder.path(name))
      }
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out) }
    let denied = try CommandRunner.runUnprivileged(
      ["report", "--db", db, "--out", out, "--as-of", "2024-04-01"], in: workdir)
    #expect(denied.status != 0)
    #expect(denied.stderr.hasPrefix("Error: cannot write \(out)/"))
    #expect(try String(contentsOfFile: "\(out)/summary.txt", encoding: .utf8) == original)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == written)
  }
}
