import FollowTestSupport
import Foundation
import Testing

/// `followgraph import --output json`: a machine-readable summary of what was imported.
struct ImportJSONOutputTests {
  @Test func importPrintsOneJSONObjectPerPath() throws {
    // Given the tiny hostile archive and a fresh database
    let folder = try TemporaryFolder()
    let archive = SharedFixtures.importFixture("hostile-archive").path
    // When it is imported twice with --output json
    let first = try CommandRunner.run(
      ["import", "--db", folder.path("db.sqlite"), "--output", "json", "--quiet", archive])
    let second = try CommandRunner.run(
      ["import", "--db", folder.path("db.sqlite"), "--output", "json", "--quiet", archive])
    // Then stdout is JSON with the counts, and the second run says it changed nothing
    #expect(first.status == 0, "\(first.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    let imports = try #require(object["imports"] as? [[String: Any]])
    let run = try #require(imports.first)
    #expect(imports.count == 1)
    #expect(run["format"] as? String == "twitter-archive")
    #expect(run["detected"] as? Bool == true)
    #expect(run["network"] as? String == "x")
    #expect(run["observed_at"] as? String == "2023-05-01T12:00:00Z")
    #expect(run["follows_read"] as? Int == 6)
    #expect(run["follows_added"] as? Int == 6)
    #expect(run["posts_added"] as? Int == 2)
    #expect(run["already_imported_as"] is NSNull)
    let owner = try #require(run["owner"] as? [String: Any])
    #expect(owner["account"] as? String == "1000")
    #expect(owner["handle"] as? String == "ben&jerry")
    #expect((run["warnings"] as? [Any])?.isEmpty == true)

    let again = try #require(
      try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
    let rerun = try #require((again["imports"] as? [[String: Any]])?.first)
    #expect(rerun["already_imported_as"] as? Int == run["run_id"] as? Int)
    #expect(rerun["follows_added"] as? Int == 0)
  }

  @Test func anUnknownOutputIsRejected() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run(
      ["import", "--db", folder.path("db.sqlite"), "--output", "yaml", "x.csv"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("yaml"))
  }
}
