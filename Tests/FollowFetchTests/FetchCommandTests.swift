import FollowTestSupport
import Foundation
import Testing

/// The built `followgraph fetch` against a Mastodon server on loopback, then the analyses.
@Suite struct FetchCommandTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func fetchThenReciprocityGivesTheExactLists() async throws {
    let world = FakeMastodon(followers: 200, following: 120, mutual: 50, now: FetchHarness.now)
    let folder = try TemporaryFolder()
    let db = folder.path("fetch.sqlite")
    let (fetched, stopped, resumed) = try await MastodonFetchTests.withServer(world) { base in
      let arguments = [
        "fetch", "--db", db, "--network", "mastodon", "--server", base, "--output", "json",
        "--observed-at", "2026-12-01", "alice@example.social",
      ]
      let fetched = try CommandRunner.run(arguments)
      // The same fetch later, interrupted after 3 requests, then continued.
      var later = arguments
      later[later.count - 2] = "2026-12-02"
      let stopped = try CommandRunner.run(later + ["--max-requests", "3"])
      let resumed = try CommandRunner.run(later)
      return (fetched, stopped, resumed)
    }
    #expect(fetched.status == 0, "\(fetched.stderr)")
    let summary = try json(fetched.stdout)
    #expect(summary["followers"] as? Int == 200)
    #expect(summary["following"] as? Int == 120)
    #expect(summary["requests"] as? Int == 6)
    #expect(stopped.status != 0)
    #expect(stopped.stderr.contains("run the same command again to continue"))
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(try json(resumed.stdout)["resumed_pages"] as? Int == 3)
    #expect(try json(resumed.stdout)["requests"] as? Int == 3)
    let reciprocity = try CommandRunner.run([
      "reciprocity", "--db", db, "--account", "alice@example.social", "--format", "json",
    ])
    #expect(reciprocity.status == 0, "\(reciprocity.stderr)")
    let account = try #require(try json(reciprocity.stdout)["account"] as? [String: Any])
    #expect(account["following"] as? Int == 120)
    #expect(account["followers"] as? Int == 200)
    #expect(account["mutual"] as? Int == 50)
    let changes = try CommandRunner.run([
      "changes", "--db", db, "--account", "alice@example.social",
    ])
    #expect(changes.status == 0, "\(changes.stderr)")
  }

  @Test func plainHTTPToAnotherHostIsRefused() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run([
      "fetch", "--db", folder.path("x.sqlite"), "--network", "mastodon", "--server",
      "http://example.org", "alice@example.social",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("plain http:// is accepted only for loopback"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("x.sqlite")))
  }

  @Test func aMissingTokenVariableIsAClearError() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run([
      "fetch", "--db", folder.path("x.sqlite"), "--network", "bluesky", "--token-env",
      "FOLLOWGRAPH_NO_SUCH_VARIABLE_13", "alice.bsky.social",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("FOLLOWGRAPH_NO_SUCH_VARIABLE_13"))
  }
}
