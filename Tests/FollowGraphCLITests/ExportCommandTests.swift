import FollowTestSupport
import Foundation
import Testing

/// `export` writes the graph for other tools, and its edge list imports back to the same
/// figures.
struct ExportCommandTests {
  @Test func theEdgeListRoundTripsThroughImport() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("a.sqlite")
    let sample = "SampleData/edges/marketing-circle.txt"
    try #require(try CommandRunner.run(["import", "--db", db, sample]).status == 0)
    let csv = folder.path("edges.csv")
    let export = try CommandRunner.run([
      "export", "--db", db, "--format", "edge-csv", "--out", csv,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.isEmpty)
    let copy = folder.path("b.sqlite")
    let again = try CommandRunner.run(["import", "--db", copy, "--format", "edge-list", csv])
    #expect(again.status == 0, "\(again.stderr)")
    let before = try CommandRunner.run(["reciprocity", "--db", db, "--format", "json"])
    let after = try CommandRunner.run(["reciprocity", "--db", copy, "--format", "json"])
    #expect(before.status == 0 && after.status == 0)
    #expect(before.stdout == after.stdout)
  }

  @Test func graphMLOnStandardOutputListsEveryAccountAndFollow() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("a.sqlite")
    try #require(
      try CommandRunner.run(["import", "--db", db, "SampleData/edges/marketing-circle.txt"]).status
        == 0)
    let result = try CommandRunner.run(["export", "--db", db, "--format", "graphml", "--out", "-"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"))
    #expect(result.stdout.components(separatedBy: "<node id=").count - 1 == 60)
    #expect(result.stdout.components(separatedBy: "<edge source=").count - 1 == 626)
  }

  @Test func aMissingFolderIsAClearErrorAndNothingIsWritten() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("a.sqlite")
    try #require(
      try CommandRunner.run(["import", "--db", db, "SampleData/edges/marketing-circle.txt"]).status
        == 0)
    let target = folder.path("missing/graph.gexf")
    let result = try CommandRunner.run(["export", "--db", db, "--format", "gexf", "--out", target])
    #expect(result.status != 0)
    #expect(result.stderr.contains("missing/graph.gexf"))
    #expect(!FileManager.default.fileExists(atPath: target))
  }
}
