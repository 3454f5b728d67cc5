import FollowTestSupport
import Foundation
import Testing

/// End to end: the shared Mastodon and Bluesky samples through the built `followgraph`.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct FediverseCommandTests {
  private let exports = ReferenceData.url("exports").path

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func mastodonArchiveAndFollowingListThenReciprocity() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    // The CSV names no owner: it is taken from the archive's actor.json in the same run.
    let imported = try CommandRunner.run([
      "import", "--db", db, "--quiet", "\(exports)/mastodon-following/following_accounts.csv",
      "\(exports)/mastodon-archive",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("mastodon-following (detected)"))
    #expect(imported.stdout.contains("owner taken from \(exports)/mastodon-archive:actor.json"))
    #expect(imported.stdout.contains("posts           1586 in export (1260 posts, 326 reposts)"))

    let summary = try json(
      try CommandRunner.run(["summary", "--db", db, "--format", "json"]).stdout)
    let owner = try #require((summary["owners"] as? [[String: Any]])?.first)
    #expect(owner["account"] as? String == "dealingwith@indieweb.social")
    #expect(owner["posts"] as? Int == 1260)
    #expect(owner["reposts"] as? Int == 326)
    #expect(owner["following"] as? Int == 471)
    #expect(owner["followers"] is NSNull)

    let result = try CommandRunner.run(["reciprocity", "--db", db, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let reciprocity = try json(result.stdout)
    #expect(reciprocity["network"] as? String == "mastodon")
    #expect(reciprocity["follows"] as? Int == 471)
    let account = try #require(reciprocity["account"] as? [String: Any])
    #expect(account["following"] as? Int == 471)
    #expect(account["followers"] is NSNull)
    #expect(account["follow_back_rate"] is NSNull)
    #expect(account["followers_known"] as? Bool == false)
    let text = try CommandRunner.run(["reciprocity", "--db", db]).stdout
    let followersLine = text.split(separator: "\n").first { $0.hasPrefix("  followers ") } ?? ""
    #expect(followersLine.contains(" unknown  the export does not list followers"))
    // The HTML report says the same: no 0 where the followers are missing.
    let report = try CommandRunner.run([
      "report", "--db", db, "--out", folder.path("Reports"), "--as-of", "2026-01-01", "--format",
      "html",
    ])
    #expect(report.status == 0, "\(report.stderr)")
    let html = try String(contentsOfFile: folder.path("Reports/index.html"), encoding: .utf8)
    #expect(
      html.contains(
        "Following 471, followers unknown, mutual unknown, not following back unknown, fans unknown."
      ))
  }

  @Test func blueskyRepositoriesThenReciprocityPerNetwork() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    let imported = try CommandRunner.run([
      "import", "--db", db, "--quiet", "\(exports)/bluesky/bsky-app.car",
      "\(exports)/bluesky/paul_staging.repo.car", "\(exports)/mastodon-archive",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("bluesky-car (detected), network bluesky"))
    // One database, two networks: each figure is per network.
    let result = try CommandRunner.run([
      "reciprocity", "--db", db, "--account", "did:plc:z72i7hdynmk6r22z27h6tvur", "--format",
      "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let reciprocity = try json(result.stdout)
    #expect(reciprocity["network"] as? String == "bluesky")
    #expect(reciprocity["follows"] as? Int == 10)
    let account = try #require(reciprocity["account"] as? [String: Any])
    #expect(account["following"] as? Int == 2)
    #expect(account["followers"] is NSNull)
    let csv = try CommandRunner.run(["accounts", "--db", db, "--network", "bluesky"]).stdout
    // following 2; followers, mutual and the ratios unknown; PageRank is a graph figure.
    let owner = csv.split(separator: "\n").first {
      $0.hasPrefix("did:plc:z72i7hdynmk6r22z27h6tvur,")
    }
    let cells = owner.map { $0.split(separator: ",", omittingEmptySubsequences: false) } ?? []
    #expect(cells.count == 10)
    #expect(cells.prefix(7) == ["did:plc:z72i7hdynmk6r22z27h6tvur", "2", "", "", "", "", ""])
    #expect(Double(cells.count > 7 ? String(cells[7]) : "") != nil)
    #expect(cells.last == "bluesky")
  }

  @Test func badInputFailsAndChangesNothing() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    _ = try CommandRunner.run([
      "import", "--db", db, "--quiet", "\(exports)/bluesky/greenground.repo.car",
    ])
    let before = try CommandRunner.run(["summary", "--db", db, "--format", "json"]).stdout
    // A truncated copy of a real repository, imported with a good file in the same run.
    let car = try Data(contentsOf: ReferenceData.url("exports/bluesky/paul_staging.repo.car"))
    let truncated = try folder.write(car.prefix(car.count - 100), to: "cut.car")
    let result = try CommandRunner.run([
      "import", "--db", db, "--quiet", "\(exports)/bluesky/bsky-app.car", truncated,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("cut.car: block"))
    #expect(result.stderr.contains("the file is truncated"))
    #expect(try CommandRunner.run(["summary", "--db", db, "--format", "json"]).stdout == before)
  }

  @Test func relationNeedsOf() throws {
    let result = try CommandRunner.run([
      "import", "--db", "/nonexistent/x.sqlite", "--relation", "followers", "page.json",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--relation needs --of"))
  }

  @Test func topicAnalysisWorksUnchangedOnMastodonAndBlueskyPosts() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("fedi.sqlite")
    let imported = try CommandRunner.run([
      "import", "--db", db, "--quiet", "\(exports)/mastodon-archive",
      "\(exports)/bluesky/bsky-app.car",
    ])
    try #require(imported.status == 0, "\(imported.stderr)")
    // Mastodon: 1,260 posts (HTML) and 326 boosts; boosts are left out of the topic figures.
    let mastodon = try json(
      try CommandRunner.run([
        "topics", "--db", db, "--network", "mastodon", "--format", "json", "--theme",
        "cats=cat,#caturday,kitten",
      ]).stdout)
    let account = try #require((mastodon["accounts"] as? [[String: Any]])?.first)
    #expect(account["account"] as? String == "dealingwith@indieweb.social")
    #expect(account["posts_total"] as? Int == 1_586)
    #expect(account["reposts_excluded"] as? Int == 326)
    let considered = try #require(account["posts"] as? Int)
    let empty = try #require(account["empty_posts"] as? Int)
    #expect(considered + empty == 1_260)
    let shares = try #require(account["on_theme_share"] as? [String: Double])
    #expect((shares["cats"] ?? 0) > 0)
    // Bluesky: 494 posts and 25 reposts.
    let bluesky = try json(
      try CommandRunner.run(["topics", "--db", db, "--network", "bluesky", "--format", "json"])
        .stdout)
    let owner = try #require((bluesky["accounts"] as? [[String: Any]])?.first)
    #expect(owner["account"] as? String == "did:plc:z72i7hdynmk6r22z27h6tvur")
    #expect(owner["reposts_excluded"] as? Int == 25)
    let posts = try #require(owner["posts"] as? Int)
    let blank = try #require(owner["empty_posts"] as? Int)
    #expect(posts + blank == 494)
    #expect((bluesky["topics"] as? [Any])?.isEmpty == false)
  }
}
