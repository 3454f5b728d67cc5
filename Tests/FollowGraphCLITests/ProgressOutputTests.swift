import FollowTestSupport
import Foundation
import Testing

/// `--quiet` on the commands that show progress, and nothing but data on stdout in a pipe.
struct ProgressOutputTests {
  @Test func analysisCommandsAcceptQuietAndPrintTheSameData() throws {
    let folder = try TemporaryFolder()
    let edges = try folder.write("1 2\n2 1\n3 1\n1 4\n", to: "edges.txt")
    let db = folder.path("graph.sqlite")
    let imported = try CommandRunner.run(
      ["import", "--db", db, "--format", "edge-list", "--quiet", edges])
    #expect(imported.status == 0)
    #expect(!imported.stderr.contains("\r"))
    for command in [["accounts"], ["reciprocity", "--format", "json"]] {
      let loud = try CommandRunner.run(command + ["--db", db])
      let quiet = try CommandRunner.run(command + ["--db", db, "--quiet"])
      #expect(loud.status == 0 && quiet.status == 0)
      #expect(loud.stdout == quiet.stdout)
      #expect(!loud.stdout.isEmpty)
      // Not a terminal: no bar, no escape sequences.
      #expect(!loud.stderr.contains("\r") && !loud.stderr.contains("\u{1B}"))
    }
    let report = try CommandRunner.run(
      ["report", "--db", db, "--out", folder.path("report"), "--as-of", "2024-01-01", "--quiet"])
    #expect(report.status == 0)
    #expect(report.stderr.hasPrefix("wrote ") && !report.stderr.contains("\r"))
    #expect(FileManager.default.fileExists(atPath: folder.path("report/accounts.csv")))
  }
}
