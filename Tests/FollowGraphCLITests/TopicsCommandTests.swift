import FollowTestSupport
import Foundation
import Testing

/// `followgraph topics` and the topic files of `followgraph report`, run as a user would.
struct TopicsCommandTests {
  static let posts = """
    id,author,created_at,text
    1,@alice,2024-01-05T09:00:00Z,"Our new #SEO guide for brands, https://example.com"
    2,@alice,2024-01-20T18:30:00Z,Watching football tonight
    3,@alice,2024-02-02T08:00:00Z,Content marketing tips #contentmarketing
    4,@alice,2024-02-10T12:00:00Z,Lunch was great
    5,@alice,2024-02-12T12:00:00Z,RT @bob: brand goal
    6,@bob,2024-03-01T10:00:00Z,Brand brand brand
    7,@bob,2024-03-02T10:00:00Z,https://example.com/only-a-link

    """

  /// A database holding the posts above, in a fresh folder that lives as long as the value.
  struct Fixture {
    let folder: TemporaryFolder
    let db: String
  }

  static func database() throws -> Fixture {
    let folder = try TemporaryFolder()
    let csv = try folder.write(posts, to: "posts.csv")
    let db = folder.path("t.sqlite")
    let result = try CommandRunner.run(["import", "--db", db, "--network", "x", csv])
    #expect(result.status == 0, "\(result.stderr)")
    return Fixture(folder: folder, db: db)
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func themesAsJSONFollowTheContract() throws {
    let fixture = try Self.database()
    let db = fixture.db
    let result = try CommandRunner.run([
      "topics", "--db", db, "--theme", "marketing=marketing,brand,seo,#contentmarketing",
      "--theme", "sports=football,goal", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result.stdout)
    let topics = try #require(object["topics"] as? [[String: Any]])
    #expect(topics.map { $0["label"] as? String } == ["marketing", "sports"])
    #expect(topics.allSatisfy { $0["id"] is Int && $0["top_terms"] is [String] })
    let accounts = try #require(object["accounts"] as? [[String: Any]])
    #expect(accounts.map { $0["account"] as? String } == ["alice", "bob"])
    let alice = accounts[0]
    // alice: 4 considered (the repost is left out); marketing in 1 and 3, sports in 2
    #expect(alice["posts"] as? Int == 4)
    #expect(alice["focus"] as? Double == 0.5)
    #expect(alice["dominant_topic"] as? Int == 0)
    #expect(alice["entropy"] is Double)
    let shares = try #require(alice["on_theme_share"] as? [String: Double])
    #expect(shares == ["marketing": 0.5, "sports": 0.25, "any": 0.75])
    // bob's link-only post is left out; his shares are over one post
    #expect(accounts[1]["posts"] as? Int == 1)
    #expect(accounts[1]["empty_posts"] as? Int == 1)
  }

  @Test func themesFileTextAndAccountSelection() throws {
    let fixture = try Self.database()
    let (folder, db) = (fixture.folder, fixture.db)
    let themes = try folder.write(
      "marketing: [brand, seo]\nsports:\n  words: [football]\n", to: "themes.yaml")
    let result = try CommandRunner.run([
      "topics", "--db", db, "--themes", themes, "--account", "@alice",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Account @alice (x:alice)"))
    #expect(
      result.stdout.contains("on-theme share     marketing 25.00 %, sports 25.00 %, any 50.00 %"))
    #expect(result.stdout.contains("2024-02-10  4  Lunch was great"))
    #expect(!result.stdout.contains("@bob"))
  }

  @Test func discoveredTopicsAsCSVAndFewerThanAsked() throws {
    let fixture = try Self.database()
    let db = fixture.db
    // The seven posts share one term only ("brand" in two posts), so one topic is found
    let csv = try CommandRunner.run([
      "topics", "--db", db, "--topics", "2", "--format", "csv", "--include-reposts",
    ])
    #expect(csv.status == 0, "\(csv.stderr)")
    let lines = csv.stdout.split(separator: "\n")
    #expect(
      lines.first?.hasPrefix("account,network,handle,posts,focus,entropy,dominant_topic") == true)
    #expect(lines.first?.hasSuffix(",top_hashtags,topic_0_share") == true)
    #expect(lines.count == 3)
    let text = try CommandRunner.run(["topics", "--db", db, "--topics", "2", "--include-reposts"])
    #expect(
      text.stdout.hasPrefix(
        "Topic focus: 1 topic discovered in 6 posts (reposts included)\n  2 asked for"))
    #expect(text.stdout.contains("0      6  brand: brand"))
  }

  @Test func topicsAutoShowsTheChoiceAndItsRunnerUp() throws {
    let fixture = try Self.database()
    // The posts share one term, so one topic is the only candidate: chosen, no runner-up
    let json = try CommandRunner.run([
      "topics", "--db", fixture.db, "--topics", "auto", "--format", "json", "--include-reposts",
    ])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try Self.json(json.stdout)
    #expect(object["topics_auto"] as? Bool == true)
    #expect(object["topics_requested"] as? Int == 1)
    #expect(object["topics_runner_up"] is NSNull)
    let scores = try #require(object["topics_auto_scores"] as? [[String: Any]])
    #expect(scores.map { $0["topics"] as? Int } == [1])
    let text = try CommandRunner.run([
      "topics", "--db", fixture.db, "--topics", "auto", "--include-reposts",
    ])
    #expect(text.stdout.contains("number of topics chosen from the posts: 1, by the first peak"))
    // A number keeps the old keys and says it was not chosen automatically
    let fixed = try CommandRunner.run([
      "topics", "--db", fixture.db, "--topics", "2", "--format", "json",
    ])
    let plain = try Self.json(fixed.stdout)
    #expect(plain["topics_auto"] as? Bool == false)
    #expect(plain["topics_auto_scores"] is NSNull)
  }

  @Test func reportWritesTheTopicFiles() throws {
    let fixture = try Self.database()
    let (folder, db) = (fixture.folder, fixture.db)
    let out = folder.path("Reports")
    let result = try CommandRunner.run([
      "report", "--db", db, "--out", out, "--as-of", "2024-04-01", "--theme", "marketing=brand,seo",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let postTopics = try String(contentsOfFile: out + "/post_topics.csv", encoding: .utf8)
    #expect(postTopics.hasPrefix("post_id,account,topic,"))
    #expect(postTopics.split(separator: "\n").count == 1 + 5)
    for name in ["topic_focus.csv", "off_theme_posts.csv", "topic_monthly.csv"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
    }
    let summary = try String(contentsOfFile: out + "/summary.txt", encoding: .utf8)
    #expect(summary.contains("== Topic focus =="))
  }

  @Test(arguments: [
    (["--theme", "marketing="], "no words or hashtags"),
    (["--theme", "seo"], "expected name=term"),
    (["--topics", "0"], "--topics must be between 1 and 100"),
    (["--topics", "many"], "'many' is invalid for '--topics <k|auto>'"),
    (["--topics", "3", "--theme", "a=b"], "drop --topics, or --theme/--themes"),
    (["--theme", "x=2024"], "no post can match the term '2024'"),
    (["--theme", "x=b"], "no post can match the term 'b'"),
    (["--themes", "/nonexistent/themes.yaml"], "/nonexistent/themes.yaml: no such file"),
    (["--account", "@nobody"], "no account matches '@nobody'"),
  ])
  func badInputFailsWithOneLine(arguments: [String], message: String) throws {
    let fixture = try Self.database()
    let db = fixture.db
    let result = try CommandRunner.run(["topics", "--db", db] + arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func databaseWithoutPostsSaysSo() throws {
    let folder = try TemporaryFolder()
    let edges = try folder.write("follower,followed\na,b\n", to: "e.csv")
    let db = folder.path("e.sqlite")
    _ = try CommandRunner.run(["import", "--db", db, edges])
    let result = try CommandRunner.run(["topics", "--db", db])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Topic focus: no posts to analyse"))
    #expect(result.stdout.contains("No posts to analyse"))
    // An account without posts gets a row with nothing defined, not an error
    let account = try CommandRunner.run([
      "topics", "--db", db, "--account", "a", "--format", "json",
    ])
    #expect(account.status == 0, "\(account.stderr)")
    let object = try Self.json(account.stdout)
    #expect(object["smoothing"] is NSNull)
    let row = try #require((object["accounts"] as? [[String: Any]])?.first)
    #expect(row["account"] as? String == "a")
    #expect(row["posts"] as? Int == 0)
    #expect(row["focus"] is NSNull && row["entropy"] is NSNull && row["dominant_topic"] is NSNull)
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func realArchiveLeavesRetweetsOut() throws {
    // Given the shared X archive (1,986 posts, 643 retweets by text)
    let folder = try TemporaryFolder()
    let db = folder.path("x.sqlite")
    let archive = ReferenceData.url("exports/twitter-archive-2022").path
    let expected = try ReferenceCSV.jsonObject(
      ReferenceData.url("exports/twitter-archive-2022/expected.json"))
    #expect(try CommandRunner.run(["import", "--db", db, archive]).status == 0)
    // When its owner's focus on a JavaScript theme is asked for
    let result = try CommandRunner.run([
      "topics", "--db", db, "--theme", "js=javascript,js,#javascript,node*", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let account = try #require(
      (try Self.json(result.stdout)["accounts"] as? [[String: Any]])?.first)
    // Then every post is read and the retweets are left out
    #expect(account["posts_total"] as? Int == expected["posts"] as? Int)
    #expect(account["reposts_excluded"] as? Int == expected["retweets_by_text"] as? Int)
    let share = try #require((account["on_theme_share"] as? [String: Double])?["js"])
    #expect(share > 0 && share < 1)
  }
}
