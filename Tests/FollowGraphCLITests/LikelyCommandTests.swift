import FollowTestSupport
import Foundation
import Testing

/// `followgraph likely` run as the built binary: `--pairs` output, owner ranking, bad input.
struct LikelyCommandTests {
  /// A small edge list: 30 accounts following 4 others each; even accounts follow back every
  /// follower.
  private func database(in folder: TemporaryFolder) throws -> String {
    var lines = ["follower,followed"]
    var seen = Set<String>()
    for u in 0..<30 {
      for step in [1, 3, 7, 12] {
        let v = (u + step) % 30
        for (a, b) in [(u, v)] + (v % 2 == 0 ? [(v, u)] : [])
        where seen.insert("\(a),\(b)").inserted {
          lines.append("a\(a),a\(b)")
        }
      }
    }
    let edges = try folder.write(lines.joined(separator: "\n") + "\n", to: "edges.csv")
    let db = folder.path("graph.sqlite")
    let result = try CommandRunner.run(["import", "--db", db, "--format", "edge-list", edges])
    #expect(result.status == 0, "\(result.stderr)")
    return db
  }

  @Test func pairsCSVKeepsInputOrderAndColumns() throws {
    // Given
    let folder = try TemporaryFolder()
    let db = try database(in: folder)
    let pairs = try folder.write(
      "follower,followed\r\na1,a8\r\na2,a3\r\na3,a4\r\n", to: "pairs.csv")
    // When
    let result = try CommandRunner.run(
      ["likely", "--db", db, "--pairs", pairs, "--format", "csv", "--quiet"])
    // Then: one row per pair in input order, a probability in [0, 1], even accounts (which
    // follow back) above odd ones.
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "follower,followed,probability,reasons")
    #expect(lines.count == 4)
    let rows = lines.dropFirst().map { $0.split(separator: ",", maxSplits: 3).map(String.init) }
    #expect(rows.map { "\($0[0]),\($0[1])" } == ["a1,a8", "a2,a3", "a3,a4"])
    let probabilities = try rows.map { try #require(Double($0[2])) }
    #expect(probabilities.allSatisfy { $0 > 0 && $0 < 1 })
    #expect(probabilities[0] > probabilities[1] && probabilities[2] > probabilities[1])
    #expect(rows[0][3].contains("follows back"))
  }

  @Test func badHeaderNamesTheFileAndLine() throws {
    let folder = try TemporaryFolder()
    let db = try database(in: folder)
    let pairs = try folder.write("source,target\na1,a8\n", to: "bad-header.csv")
    let result = try CommandRunner.run(["likely", "--db", db, "--pairs", pairs, "--quiet"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("bad-header.csv:1:"))
    #expect(result.stdout.isEmpty)
  }

  @Test func unknownAccountNamesTheFileAndLine() throws {
    let folder = try TemporaryFolder()
    let db = try database(in: folder)
    let pairs = try folder.write("follower,followed\na1,a8\na1,nobody\n", to: "unknown.csv")
    let result = try CommandRunner.run(["likely", "--db", db, "--pairs", pairs, "--quiet"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("unknown.csv:3:"))
    #expect(result.stderr.contains("nobody"))
  }

  @Test func accountRankingAndEvaluationJSON() throws {
    let folder = try TemporaryFolder()
    let db = try database(in: folder)
    let ranked = try CommandRunner.run(
      ["likely", "--db", db, "--account", "a1", "--candidates", "all", "--format", "json"])
    #expect(ranked.status == 0, "\(ranked.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(ranked.stdout.utf8)) as? [String: Any])
    let following = try #require(object["following"] as? [[String: Any]])
    #expect(!following.isEmpty)
    #expect(object["suggested"] != nil)
    let evaluation = try CommandRunner.run(["likely", "--db", db, "--evaluate", "--format", "json"])
    #expect(evaluation.status == 0, "\(evaluation.stderr)")
    let figures = try #require(
      try JSONSerialization.jsonObject(with: Data(evaluation.stdout.utf8)) as? [String: Any])
    #expect(figures["model_auc"] is Double)
    #expect(figures["habit_auc"] is Double)
    #expect(figures["topics"] as? String == "no_posts")
  }
}
