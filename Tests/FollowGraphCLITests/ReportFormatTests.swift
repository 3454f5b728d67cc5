import FollowTestSupport
import Foundation
import Testing

/// `followgraph report --format`: which file sets are written, and what report.json holds.
struct ReportFormatTests {
  /// A database holding the hostile archive, in a fresh folder.
  static func importedFolder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run(
      [
        "import", "--db", folder.path("db.sqlite"), "--quiet",
        SharedFixtures.importFixture("hostile-archive").path,
      ])
    #expect(result.status == 0, "\(result.stderr)")
    return folder
  }

  private func files(_ folder: TemporaryFolder, _ name: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path(name)).sorted()
  }

  @Test func defaultWritesEveryFormat() throws {
    let folder = try Self.importedFolder()
    let result = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("all"), "--as-of",
        "2024-01-01",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      try files(folder, "all") == [
        "accounts.csv", "changes.csv", "fans.csv", "index.html", "mutuals.csv",
        "not_following_back.csv", "off_theme_posts.csv", "post_topics.csv", "report.json",
        "summary.txt", "topic_focus.csv", "topic_monthly.csv", "web_famous.csv",
      ])
    let summary = try String(contentsOfFile: folder.path("all/summary.txt"), encoding: .utf8)
    #expect(summary.contains("index.html") && summary.contains("report.json"))
  }

  @Test(arguments: [
    (["--format", "html"], ["index.html"]),
    (
      ["--format", "text,csv"],
      [
        "accounts.csv", "changes.csv", "fans.csv", "mutuals.csv", "not_following_back.csv",
        "off_theme_posts.csv", "post_topics.csv", "summary.txt", "topic_focus.csv",
        "topic_monthly.csv", "web_famous.csv",
      ]
    ),
    (["--format", "json", "--format", "html"], ["index.html", "report.json"]),
  ])
  func formatChoosesTheFiles(arguments: [String], expected: [String]) throws {
    let folder = try Self.importedFolder()
    let result = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("out"), "--as-of",
        "2024-01-01",
      ]
        + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try files(folder, "out") == expected)
  }

  @Test func textOnlySummaryListsOnlyItsFile() throws {
    let folder = try Self.importedFolder()
    _ = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("t"), "--format", "text",
        "--as-of", "2024-01-01",
      ])
    let summary = try String(contentsOfFile: folder.path("t/summary.txt"), encoding: .utf8)
    #expect(summary.contains("summary.txt") && !summary.contains("index.html"))
  }

  @Test func anUnknownFormatIsRejected() throws {
    let folder = try Self.importedFolder()
    let result = try CommandRunner.run(
      ["report", "--db", folder.path("db.sqlite"), "--out", folder.path("x"), "--format", "pdf"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("unknown report format 'pdf'"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("x")))
  }

  @Test func reportJSONHasTheDocumentedShape() throws {
    let folder = try Self.importedFolder()
    _ = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("j"), "--format", "json",
        "--as-of", "2024-01-01",
      ])
    let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("j/report.json")))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["as_of", "summary", "headlines", "networks", "definitions"])
    #expect(object["as_of"] as? String == "2024-01-01")
    let headline = try #require((object["headlines"] as? [[String: Any]])?.first)
    #expect(headline["handle"] as? String == "ben&jerry")
    #expect(headline["following"] as? Int == 3)
    #expect(headline["follow_back_rate"] as? Double == 2.0 / 3)
    #expect(headline["not_following_back"] as? Int == 1)
    #expect(headline["snapshots"] as? Int == 1)
    #expect(headline["latest_change"] is NSNull)
    #expect((headline["owner_lists"] as? [Any])?.isEmpty == true)
    let network = try #require((object["networks"] as? [[String: Any]])?.first)
    #expect(Set(network.keys) == ["network", "graph", "owners", "degree_ccdf", "accounts"])
    let graph = try #require(network["graph"] as? [String: Any])
    #expect(graph["follows"] as? Int == 6)
    #expect(graph["mutual_pairs"] as? Int == 2)
    let owner = try #require((network["owners"] as? [[String: Any]])?.first)
    #expect(owner["follow_back_rate"] as? Double == 2.0 / 3)
    let nonReciprocators = try #require(owner["not_following_back_accounts"] as? [[String: Any]])
    #expect(nonReciprocators.first?["handle"] as? String == "tom&jerry")
    let ccdf = try #require(network["degree_ccdf"] as? [String: Any])
    let followers = try #require(ccdf["followers"] as? [[String: Any]])
    #expect(followers.first?["degree"] as? Int == 1)
  }
}
