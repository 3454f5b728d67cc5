import FollowTestSupport
import Foundation
import Testing

/// The built `followgraph fetch` against recorded fosstodon.org pages on loopback, then
/// `reciprocity`, `famous` and `changes`: inactive accounts and gone ones.
@Suite(.enabled(if: Recording.isAvailable, Comment(rawValue: Recording.missingMessage)))
struct InactiveAndGoneCommandTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  private func withServer<T>(_ world: RecordedMastodon, _ body: (String) throws -> T)
    async throws -> T
  {
    let server = try await LoopbackServer.start { world.handle($0) }
    world.baseURL = server.baseURL
    do {
      let result = try body(server.baseURL)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  private func fetch(_ db: String, _ base: String, observedAt: String) throws
    -> CommandRunner.Result
  {
    try CommandRunner.run([
      "fetch", "--db", db, "--network", "mastodon", "--server", base, "--output", "json",
      "--quiet", "--observed-at", observedAt, RecordedMastodon.owner,
    ])
  }

  @Test func anAccountThatLastPostedIn2023IsInactive() async throws {
    let world = try RecordedMastodon()
    let folder = try TemporaryFolder()
    let db = folder.path("fetch.sqlite")
    let fetched = try await withServer(world) { try fetch(db, $0, observedAt: "2025-07-17") }
    #expect(fetched.status == 0, "\(fetched.stderr)")
    #expect(try json(fetched.stdout)["following"] as? Int == 3)
    let reciprocity = try CommandRunner.run(["reciprocity", "--db", db, "--format", "json"])
    #expect(reciprocity.status == 0, "\(reciprocity.stderr)")
    let account = try #require(try json(reciprocity.stdout)["account"] as? [String: Any])
    #expect(account["not_following_back_inactive"] as? Int == 1)
    #expect(account["inactive_as_of"] as? String == "2025-07-17")
    let triage = try #require(account["not_following_back_triage"] as? [[String: Any]])
    let byAccount = Dictionary(
      uniqueKeysWithValues: triage.compactMap { entry in
        (entry["account"] as? String).map { ($0, entry) }
      })
    // last_status_at 2023-11-21: more than 90 days before the fetch.
    #expect(byAccount["nelstevens@fosstodon.org"]?["triage"] as? String == "inactive")
    #expect(
      byAccount["nelstevens@fosstodon.org"]?["last_post_at"] as? String == "2023-11-21T00:00:00Z")
    // Posted the day of the fetch: ordinary; last_status_at null: never inactive.
    #expect(byAccount["yabellini@rstats.me"]?["triage"] as? String == "ordinary")
    #expect(byAccount["christophsax@cyberplace.social"]?["triage"] as? String == "ordinary")
    #expect(byAccount["christophsax@cyberplace.social"]?["inactive"] is NSNull)
    // With --inactive-days 1 the post of 2025-07-17 is still recent; 2023-11-21 is not.
    let text = try CommandRunner.run(["reciprocity", "--db", db, "--inactive-days", "1"])
    #expect(text.stdout.contains("Inactive — no post since 2025-07-16 (1 day before 2025-07-17)"))
    #expect(text.stdout.contains("last post 2023-11-21"))
    let famous = try CommandRunner.run(["famous", "--db", db, "--all", "--format", "csv"])
    #expect(famous.status == 0, "\(famous.stderr)")
    #expect(famous.stdout.contains("nelstevens@fosstodon.org"))
    let row = famous.stdout.split(separator: "\n").first { $0.hasPrefix("nelstevens@") }
    #expect(row?.hasSuffix(",mastodon,2023-11-21T00:00:00Z,true") == true)
  }

  @Test func aLostFollowerWhoseAccountWasDeletedIsGoneNotAnUnfollow() async throws {
    let world = try RecordedMastodon()
    let folder = try TemporaryFolder()
    let db = folder.path("fetch.sqlite")
    let (first, second) = try await withServer(world) { base in
      let first = try fetch(db, base, observedAt: "2025-07-17")
      world.laterFetch = true
      return (first, try fetch(db, base, observedAt: "2025-07-24"))
    }
    #expect(first.status == 0, "\(first.stderr)")
    #expect(second.status == 0, "\(second.stderr)")
    let summary = try json(second.stdout)
    #expect(summary["accounts_left"] as? Int == 3)
    #expect(summary["accounts_left_gone"] as? Int == 2)
    let changes = try CommandRunner.run(["changes", "--db", db, "--format", "json"])
    #expect(changes.status == 0, "\(changes.stderr)")
    let periods = try #require(try json(changes.stdout)["periods"] as? [[String: Any]])
    let period = try #require(periods.first)
    #expect(
      period["lost_followers"] as? [String] == [
        "diegantobass@fosstodon.org", "thomasw@toot.community",
      ])
    #expect(period["gone_followers"] as? [String] == ["diegantobass@fosstodon.org"])
    #expect(period["unfollowed_followers"] as? [String] == ["thomasw@toot.community"])
    #expect(period["gone_following"] as? [String] == ["christophsax@cyberplace.social"])
    let reasons = try #require(period["gone_reasons"] as? [String: String])
    #expect(reasons["diegantobass@fosstodon.org"] == "not_found")
    #expect(reasons["christophsax@cyberplace.social"] == "suspended")
    let csv = try CommandRunner.run(["changes", "--db", db, "--format", "csv"])
    #expect(
      csv.stdout.contains(",gone_followers,diegantobass@fosstodon.org,diegantobass,not_found"))
  }
}
