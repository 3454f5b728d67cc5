import FollowTestSupport
import Foundation
import Testing

/// The issue 14 formats end to end: the built binary imports Instagram, LinkedIn and X list
/// fixtures, and the analyses read them.
struct SocialExportCommandTests {
  @Test("An Instagram download folder gives the owner's reciprocity figures")
  func instagramReciprocity() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("ig.sqlite")
    let imported = try CommandRunner.run([
      "import", "--db", db, CLIFixture.fixture("instagram/json-2026"),
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("instagram (detected), network instagram"))
    let result = try CommandRunner.run(["reciprocity", "--db", db, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["network"] as? String == "instagram")
    let account = try #require(object["account"] as? [String: Any])
    // 4 followers, 5 followings, 2 mutual (see InstagramFormatTests).
    #expect(account["id"] as? String == "test.owner")
    #expect(account["followers"] as? Int == 4)
    #expect(account["following"] as? Int == 5)
    #expect(account["mutual"] as? Int == 2)
    #expect(account["not_following_back"] as? Int == 3)
    #expect(account["fans"] as? Int == 2)
  }

  @Test("Two LinkedIn exports of one account give the right changes")
  func linkedinChanges() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("li.sqlite")
    for (export, date) in [("2024-05", "2024-05-31"), ("2024-11", "2024-11-30")] {
      let result = try CommandRunner.run([
        "import", "--db", db, "--owner", "@me", "--observed-at", date,
        CLIFixture.fixture("linkedin/\(export)/Connections.csv"),
      ])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let result = try CommandRunner.run(["changes", "--db", db, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let periods = try #require(object["periods"] as? [[String: Any]])
    #expect(periods.count == 1)
    let grace = "https://www.linkedin.com/in/grace-hopper-1906"
    let katherine = "https://www.linkedin.com/in/katherine-johnson"
    // A connection is mutual: one that ends is a lost follower and a dropped following.
    #expect(periods.first?["gained_followers"] as? [String] == [katherine])
    #expect(periods.first?["new_following"] as? [String] == [katherine])
    #expect(periods.first?["lost_followers"] as? [String] == [grace])
    #expect(periods.first?["dropped_following"] as? [String] == [grace])
    #expect(periods.first?["new_mutuals"] as? [String] == [katherine])
  }

  @Test("An X follower list from a browser exporter makes famous work without the API")
  func xFollowListAudiences() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("x.sqlite")
    let result = try CommandRunner.run([
      "import", "--db", db, "--owner", "x:42",
      CLIFixture.fixture("x-follow-list/twitter-Followers-1733500000000.json"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let famous = try CommandRunner.run([
      "famous", "--db", db, "--format", "json", "--all",
    ])
    #expect(famous.status == 0, "\(famous.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(famous.stdout.utf8)) as? [String: Any])
    let accounts = try #require(object["accounts"] as? [[String: Any]])
    let ada = try #require(accounts.first { $0["account"] as? String == "1001" })
    #expect(ada["audience"] as? Int == 52000)
    #expect(ada["audience_source"] as? String == "followers_count")
    #expect(ada["following"] as? Int == 300)
    #expect(ada["listed_count"] as? Int == 400)
  }

  @Test("X API pages of one list with --relation and --owner (no --of)")
  func xAPIPagesWithOwner() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("x.sqlite")
    let result = try CommandRunner.run([
      "import", "--db", db, "--relation", "followers", "--owner", "x:42",
      CLIFixture.fixture("x-follow-list/api-page-1.json"),
      CLIFixture.fixture("x-follow-list/api-page-2.json"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let reciprocity = try CommandRunner.run([
      "reciprocity", "--db", db, "--account", "x:42", "--format", "json",
    ])
    #expect(reciprocity.status == 0, "\(reciprocity.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(reciprocity.stdout.utf8)) as? [String: Any])
    let account = try #require(object["account"] as? [String: Any])
    #expect(account["followers"] as? Int == 3)
    #expect(account["followers_known"] as? Bool == true)
    #expect(account["following_known"] as? Bool == false)
  }

  @Test("A failed Instagram import leaves the database unchanged")
  func failedImportChangesNothing() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("ig.sqlite")
    let first = try CommandRunner.run([
      "import", "--db", db, CLIFixture.fixture("instagram/json-2026"),
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let before = try CommandRunner.run(["summary", "--db", db, "--format", "json"]).stdout
    let failed = try CommandRunner.run([
      "import", "--db", db, "--owner", "@me",
      CLIFixture.fixture("linkedin/2024-11/Connections.csv"),
      CLIFixture.fixture("malformed/instagram-bad-json"),
    ])
    #expect(failed.status != 0)
    #expect(failed.stderr.contains("followers_1.json: not valid JSON"))
    #expect(try CommandRunner.run(["summary", "--db", db, "--format", "json"]).stdout == before)
  }
}
