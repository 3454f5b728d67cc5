import FollowTestSupport
import Foundation
import Testing

struct FamousCommandTests {
  @Test("famous --format json --all lists every account by audience with its evidence")
  func jsonAll() throws {
    let fixture = try CLIFixture()
    let object = try fixture.json(["famous", "--db", fixture.db, "--format", "json", "--all"])
    let thresholds = try #require(object["thresholds"] as? [String: Any])
    #expect(thresholds["min_percentile"] as? Double == 99)
    #expect(thresholds["min_ratio"] as? Double == 10)
    let accounts = try #require(object["accounts"] as? [[String: Any]])
    // owner 1000, 2001, 2003, 2005, 2006 are in the current graph (2002 and 2004 dropped out)
    #expect(
      accounts.compactMap { $0["account"] as? String } == ["2005", "2001", "2006", "1000", "2003"])
    let star = accounts[0]
    #expect(star["audience"] as? Int == 9_000_000)
    #expect(star["audience_source"] as? String == "followers_count")
    #expect(star["following"] as? Int == 3)
    #expect(star["ratio"] as? Double == 3_000_000)
    #expect(star["percentile"] as? Double == 90)
    #expect(star["pagerank"] is Double)
    // With 5 accounts the top audience is at the 90th percentile: not web famous at P = 99
    #expect(star["web_famous"] as? Bool == false)
    let owner = accounts[3]
    #expect(owner["audience_source"] as? String == "in_degree")
    #expect(owner["audience"] as? Int == 3)
  }

  @Test("Thresholds and the whitelist decide who is web famous; the default lists only them")
  func thresholdsAndWhitelist() throws {
    let fixture = try CLIFixture()
    let whitelist = try fixture.folder.write(
      "# people I know are famous\n@NewFriend\n", to: "w.txt")
    let object = try fixture.json([
      "famous", "--db", fixture.db, "--format", "json", "--min-percentile", "90",
      "--whitelist", whitelist,
    ])
    let accounts = try #require(object["accounts"] as? [[String: Any]])
    #expect(accounts.compactMap { $0["account"] as? String } == ["2005", "2006"])
    #expect(accounts.compactMap { $0["reason"] as? String } == ["thresholds", "whitelist"])
    #expect(accounts.allSatisfy { $0["web_famous"] as? Bool == true })
  }

  @Test("The output names the keep-list in use: the files given and the database's entries")
  func keepListInUse() throws {
    let fixture = try CLIFixture()
    let none = try fixture.run(["famous", "--db", fixture.db])
    #expect(none.contains("ratio >= 10 (no keep-list)"))
    _ = try fixture.run(["keep", "add", "--db", fixture.db, "@NewFriend"])
    let stored = try fixture.run(["famous", "--db", fixture.db])
    #expect(stored.contains("ratio >= 10, or listed in the database's keep-list (1 entry)"))
    #expect(!stored.contains("no keep-list"))
    let file = try fixture.folder.write("@someone\n", to: "k.txt")
    let both = try fixture.json(["famous", "--db", fixture.db, "--keep", file, "--format", "json"])
    let thresholds = try #require(both["thresholds"] as? [String: Any])
    #expect(thresholds["whitelist"] as? String == file)
    #expect(thresholds["keep_list_stored_entries"] as? Int == 1)
  }

  @Test("Text output prints the thresholds used")
  func textThresholds() throws {
    let fixture = try CLIFixture()
    let text = try fixture.run(["famous", "--db", fixture.db, "--min-ratio", "2.5"])
    #expect(text.contains("audience percentile >= 99 and audience/following ratio >= 2.5"))
    #expect(text.contains("no web-famous accounts at these thresholds"))
  }

  @Test("Bad thresholds and a bad whitelist line are clear errors")
  func badOptions() throws {
    let fixture = try CLIFixture()
    let percentile = try CommandRunner.run([
      "famous", "--db", fixture.db, "--min-percentile", "101",
    ])
    #expect(percentile.status != 0)
    #expect(percentile.stderr.contains("--min-percentile must be between 0 and 100"))
    let bad = try fixture.folder.write("ok\nnot one handle\n", to: "bad.txt")
    let whitelist = try CommandRunner.run(["famous", "--db", fixture.db, "--whitelist", bad])
    #expect(whitelist.status != 0)
    #expect(whitelist.stderr.contains("bad.txt: line 2"))
  }

  @Test("reciprocity triages non-reciprocators and gives the rate without web famous")
  func reciprocityTriage() throws {
    let fixture = try CLIFixture()
    let object = try fixture.json([
      "reciprocity", "--db", fixture.db, "--format", "json", "--min-percentile", "80",
    ])
    let account = try #require(object["account"] as? [String: Any])
    // owner follows 2001 (mutual), 2005 (mutual, web famous at P 80), 2006 (not back)
    #expect(account["follow_back_rate"] as? Double == 2.0 / 3.0)
    #expect(account["follow_back_rate_excluding_web_famous"] as? Double == 0.5)
    #expect(account["not_following_back_ordinary"] as? Int == 1)
    let text = try fixture.run(["reciprocity", "--db", fixture.db, "--min-percentile", "80"])
    #expect(text.contains("follow-back rate excl. web famous  50.00 %"))
    #expect(text.contains("@newfriend (x:2006)"))
  }

  @Test("accounts has a pagerank column after reciprocity, summing to 1")
  func accountsPageRank() throws {
    let fixture = try CLIFixture()
    let csv = try fixture.run(["accounts", "--db", fixture.db, "--damping", "0.5"])
    let lines = csv.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let header = try #require(lines.first).map(String.init)
    let column = try #require(header.firstIndex(of: "pagerank"))
    #expect(header[column - 1] == "reciprocity")
    let total = lines.dropFirst().compactMap { Double($0[column]) }.reduce(0, +)
    #expect(abs(total - 1) < 1e-9)
    let bad = try CommandRunner.run(["accounts", "--db", fixture.db, "--damping", "0"])
    #expect(bad.status != 0)
  }
}
