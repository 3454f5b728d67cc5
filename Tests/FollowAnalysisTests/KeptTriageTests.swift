import FollowAnalysis
import FollowModel
import Foundation
import Testing

/// The triage with a keep-list: kept accounts are checked first, leave the not-following-back
/// counts and the follow-back rate excluding web famous.
struct KeptTriageTests {
  /// The triage of owner "o" in ``WebFameTests/fixture()`` with `keep` as the keep-list.
  static func triage(keep: String) throws -> FollowBackTriage {
    let (graph, accounts) = WebFameTests.fixture()
    let report = WebFameReport(
      graph: graph, accounts: accounts, pageRank: nil,
      criteria: WebFameCriteria(minPercentile: 80, minRatio: 10),
      whitelist: try WebFameWhitelist(parsing: keep, source: "keep.txt"))
    let owner = try #require(graph.index(of: "o"))
    return FollowBackTriage(etiquette: graph.etiquette(of: owner), graph: graph, fame: report)
  }

  @Test("A kept ordinary account is kept, not ordinary, and out of the rate's denominator")
  func keptOrdinary() throws {
    let triage = try Self.triage(keep: "# keep dee\n@DEE\n")
    #expect(triage.kept.map(\.id) == ["d"])
    #expect(triage.entries(.ordinary).isEmpty)
    #expect(triage.entries(.webFamous).map(\.id) == ["c"])
    #expect(triage.notFollowingBack.map(\.id) == ["c", "star"])
    #expect(triage.entries.count == 3)
    #expect(triage.keptFollowing == 1)
    #expect(triage.webFamousFollowing == 2)
    // o follows a, b, c, d, star; a and b follow back; c is web famous, d kept: 2 of 3.
    #expect(triage.followBackRateExcludingWebFamous == 2.0 / 3.0)
  }

  @Test("Kept is checked first: a web-famous account on the list is kept")
  func keptBeatsWebFamous() throws {
    let triage = try Self.triage(keep: "x:c\n")
    #expect(triage.kept.map(\.id) == ["c"])
    #expect(triage.entries(.webFamous).isEmpty)
    #expect(triage.keptFollowing == 1)
    #expect(triage.webFamousFollowing == 1)
    #expect(triage.followBackRateExcludingWebFamous == 2.0 / 4.0)
  }

  @Test("A kept account that follows back stays mutual; it only leaves the rate")
  func keptMutual() throws {
    let triage = try Self.triage(keep: "a\n")
    #expect(triage.kept.isEmpty)
    #expect(triage.notFollowingBack.map(\.id) == ["c", "d", "star"])
    #expect(triage.keptFollowing == 1)
    // a is web famous by declaration: 1 mutual (b) of the 3 others (b, d, star).
    #expect(triage.followBackRateExcludingWebFamous == 1.0 / 3.0)
  }
}
