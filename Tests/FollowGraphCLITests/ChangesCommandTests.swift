import FollowTestSupport
import Foundation
import Testing

struct ChangesCommandTests {
  @Test("changes --format json gives the owner and one period with exactly the changed follows")
  func json() throws {
    let fixture = try CLIFixture()
    let object = try fixture.json(["changes", "--db", fixture.db, "--format", "json"])
    let owner = try #require(object["owner"] as? [String: Any])
    #expect(owner["account"] as? String == "1000")
    let periods = try #require(object["periods"] as? [[String: Any]])
    #expect(periods.count == 1)
    let period = periods[0]
    #expect(period["from"] as? String == "2021-03-01T10:00:00Z")
    #expect(period["to"] as? String == "2023-06-15T09:00:00Z")
    #expect(period["gained_followers"] as? [String] == ["2005"])
    #expect(period["lost_followers"] as? [String] == ["2002"])
    #expect(period["new_following"] as? [String] == ["2006"])
    #expect(period["dropped_following"] as? [String] == ["2004"])
    #expect(period["new_mutuals"] as? [String] == ["2005"])
  }

  @Test("--since drops earlier periods; --account names the owner; text and CSV agree")
  func sinceAccountAndFormats() throws {
    let fixture = try CLIFixture()
    let later = try fixture.json([
      "changes", "--db", fixture.db, "--format", "json", "--since", "2023-07-01",
    ])
    #expect((later["periods"] as? [Any])?.isEmpty == true)
    let text = try fixture.run(["changes", "--db", fixture.db, "--account", "@owner_handle"])
    #expect(text.contains("2021-03-01 -> 2023-06-15"))
    #expect(text.contains("new followers: 1\n    @star (x:2005)"))
    let csv = try fixture.run(["changes", "--db", fixture.db, "--format", "csv"])
    // header + 5 changes; exports find no one gone, so the lost follower is not repeated as
    // unfollowed_followers (the split appears only where some account was found gone)
    #expect(csv.split(separator: "\n").count == 6)
    #expect(csv.contains(",lost_followers,2002,"))
    #expect(!csv.contains(",unfollowed_followers,"))
  }

  @Test("An account that owns no export is a clear error")
  func notAnOwner() throws {
    let fixture = try CLIFixture()
    let result = try CommandRunner.run(["changes", "--db", fixture.db, "--account", "x:2005"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("x:2005 owns no imported export"))
  }

  @Test("The report writes changes.csv, web_famous.csv and the summary sections")
  func report() throws {
    let fixture = try CLIFixture()
    let out = fixture.folder.path("report")
    try fixture.run(["report", "--db", fixture.db, "--out", out, "--as-of", "2024-01-01"])
    let summary = try String(contentsOfFile: out + "/summary.txt", encoding: .utf8)
    #expect(summary.contains("== Changes between snapshots =="))
    #expect(summary.contains("followers vs PageRank ranking"))
    let changes = try String(contentsOfFile: out + "/changes.csv", encoding: .utf8)
    #expect(
      changes.contains("1000,x,2021-03-01T10:00:00Z,2023-06-15T09:00:00Z,dropped_following,2004,"))
    #expect(FileManager.default.fileExists(atPath: out + "/web_famous.csv"))
  }

  @Test("A failed twarc2 import leaves the database unchanged")
  func failedImportChangesNothing() throws {
    let fixture = try CLIFixture()
    let before = try fixture.run(["summary", "--db", fixture.db, "--format", "json"])
    let junk = try fixture.folder.write("not json\nstill not\n", to: "junk.jsonl")
    let good = try fixture.folder.write(
      "{\"data\": [{\"id\": \"7\", \"username\": \"seven\", \"public_metrics\": "
        + "{\"followers_count\": 1, \"following_count\": 2, \"tweet_count\": 3, \"listed_count\": 0}}]}\n",
      to: "good.jsonl")
    let result = try CommandRunner.run([
      "import", "--db", fixture.db, "--format", "twarc2", good, junk,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("junk.jsonl"))
    #expect(try fixture.run(["summary", "--db", fixture.db, "--format", "json"]) == before)
  }
}
