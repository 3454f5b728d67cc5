import FollowPostgres
import FollowTestSupport
import Foundation
import Testing

/// `followgraph fetch` into PostgreSQL: checkpoints in the same database, an interrupted fetch
/// continued, and the same figures as the same fetch into SQLite.
@Suite(.enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason))
struct PostgresFetchTests {
  @Test func interruptedFetchIntoPostgresEqualsSQLite() async throws {
    let world = FakeMastodon(followers: 200, following: 120, mutual: 50, now: FetchHarness.now)
    let folder = try TemporaryFolder()
    let sqlite = folder.path("fetch.sqlite")
    let address = try PostgresTestServer.freshDatabase()
    let postgres =
      "postgresql://\(address.user)@\(address.host):\(address.port)/\(address.database)"
    let results = try await MastodonFetchTests.withServer(world) { base in
      try [sqlite, postgres].map { db in
        let arguments = [
          "fetch", "--db", db, "--network", "mastodon", "--server", base, "--output", "json",
          "--observed-at", "2026-12-01", "--quiet", "alice@example.social",
        ]
        let stopped = try CommandRunner.run(arguments + ["--max-requests", "3"])
        let resumed = try CommandRunner.run(arguments)
        return (stopped, resumed)
      }
    }
    for (stopped, resumed) in results {
      #expect(stopped.status != 0)
      #expect(stopped.stderr.contains("run the same command again to continue"))
      #expect(resumed.status == 0, "\(resumed.stderr)")
    }
    #expect(results[0].1.stdout == results[1].1.stdout)
    for command in [
      ["reciprocity", "--account", "alice@example.social", "--format", "json"],
      ["famous", "--all", "--format", "csv"], ["changes", "--account", "alice@example.social"],
    ] {
      let a = try CommandRunner.run(command + ["--db", sqlite])
      let b = try CommandRunner.run(command + ["--db", postgres])
      #expect(a.status == 0, "\(a.stderr)")
      #expect(a.stdout == b.stdout, "\(command)")
    }
    let reciprocity = try CommandRunner.run([
      "reciprocity", "--db", postgres, "--account", "alice@example.social", "--format", "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(reciprocity.stdout.utf8))
    let account = (object as? [String: Any])?["account"] as? [String: Any]
    #expect(account?["mutual"] as? Int == 50)
  }
}
