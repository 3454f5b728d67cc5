import FollowTestSupport
import Foundation
import Testing

/// A fetch killed with SIGKILL while a page is in flight continues when run again, asks
/// again only for that page, and saves the figures of an uninterrupted fetch.
@Suite struct KilledFetchTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func killedMidPageThenResumed() async throws {
    var faults = FakeMastodon.Faults()
    // Followers pages start at max_id 5000000 + 80 × n: the fourth page stalls.
    faults.stallFollowersAt = "5000240"
    let world = FakeMastodon(
      followers: 500, following: 90, mutual: 30, faults: faults, now: FetchHarness.now)
    let folder = try TemporaryFolder()
    func arguments(_ db: String, _ base: String) -> [String] {
      [
        "fetch", "--db", folder.path(db), "--network", "mastodon", "--server", base, "--output",
        "json", "--observed-at", "2026-12-01T00:00:00Z", "--quiet", "alice@example.social",
      ]
    }
    let (resumed, whole) = try await MastodonFetchTests.withServer(world) { base in
      let process = Process()
      process.executableURL = CommandRunner.binary
      process.arguments = arguments("killed.sqlite", base)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Wait (at most 120 s) for the stalled request, then kill the fetch mid-page. The wait
      // blocks this thread rather than awaiting: on a loaded machine the suite's other tests
      // can keep the cooperative pool busy for longer than the fetch's own timeouts.
      let deadline = Date().addingTimeInterval(120)
      while !world.stalled && Date() < deadline && process.isRunning { usleep(20_000) }
      #expect(world.stalled, "the fetch never reached the stalled page")
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      world.releaseStall()
      #expect(process.terminationReason == .uncaughtSignal)
      let resumed = try CommandRunner.run(arguments("killed.sqlite", base))
      let whole = try CommandRunner.run(arguments("whole.sqlite", base))
      return (resumed, whole)
    }
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(whole.status == 0, "\(whole.stderr)")
    let resumedSummary = try json(resumed.stdout)
    let wholeSummary = try json(whole.stdout)
    // In all: the owner, 2 following pages, then 7 followers pages = 10 requests. Saved
    // before the kill: the owner, both following pages and 3 followers pages; the rerun asks
    // for the stalled page again and the 3 after it, and nothing saved.
    let wholeRetries = wholeSummary["retries"] as? Int ?? 0
    #expect((wholeSummary["requests"] as? Int).map { $0 - wholeRetries } == 10)
    #expect(resumedSummary["resumed_pages"] as? Int == 6)
    let retries = resumedSummary["retries"] as? Int ?? 0
    #expect((resumedSummary["requests"] as? Int).map { $0 - retries } == 4)
    for key in ["followers", "following", "accounts_with_audience"] {
      #expect(resumedSummary[key] as? Int == wholeSummary[key] as? Int, "\(key)")
    }
    for db in ["killed.sqlite", "whole.sqlite"] {
      let result = try CommandRunner.run([
        "reciprocity", "--db", folder.path(db), "--account", "alice@example.social", "--format",
        "json",
      ])
      let account = try #require(try json(result.stdout)["account"] as? [String: Any])
      #expect(account["followers"] as? Int == 500)
      #expect(account["following"] as? Int == 90)
      #expect(account["mutual"] as? Int == 30)
    }
  }
}
