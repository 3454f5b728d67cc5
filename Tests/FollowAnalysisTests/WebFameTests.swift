import FollowAnalysis
import FollowModel
import Foundation
import Testing

struct WebFameTests {
  /// A small graph with imported audience counts.
  ///
  /// Owner "o" follows a, b, c, d; a and b follow back; everyone follows "star", who follows
  /// no one. Imported counts: c has 5,000,000 followers and 10 followings, d 120 and 300.
  static func fixture() -> (FollowGraph, [Account]) {
    var builder = FollowTableBuilder(network: .x)
    for (from, to) in [
      ("o", "a"), ("o", "b"), ("o", "c"), ("o", "d"), ("a", "o"), ("b", "o"),
      ("o", "star"), ("a", "star"), ("b", "star"), ("c", "star"), ("d", "star"),
    ] {
      builder.add(follower: from, followed: to)
    }
    let accounts = [
      Account(
        id: AccountID(network: .x, value: "c"), handle: "Celeb", followersCount: 5_000_000,
        followingCount: 10),
      Account(
        id: AccountID(network: .x, value: "d"), handle: "dee", followersCount: 120,
        followingCount: 300),
      Account(id: AccountID(network: .x, value: "m"), handle: "mentioned"),
    ]
    return (FollowGraph(builder.build().table), accounts)
  }

  @Test("Audience, following and ratio come from imported counts, else from degrees")
  func figures() throws {
    let (graph, accounts) = Self.fixture()
    let report = WebFameReport(graph: graph, accounts: accounts, pageRank: graph.pageRank())

    let c = try #require(report["c"])
    #expect(c.audience == 5_000_000)
    #expect(c.audienceSource == .followersCount)
    #expect(c.following == 10)
    #expect(c.ratio == 500_000)
    let star = try #require(report["star"])
    #expect(star.audience == 5)
    #expect(star.audienceSource == .inDegree)
    #expect(star.following == 0)
    #expect(star.followingSource == .outDegree)
    #expect(star.ratio == 5)
    // The population is the graph's 6 accounts; "m" has no audience evidence
    #expect(report.population == 6)
    #expect(report["m"] == nil)
    // Sorted by audience, highest first
    #expect(report.accounts.map(\.id) == ["c", "d", "star", "o", "a", "b"])
  }

  @Test("Percentiles are mid-rank percentile ranks within the population")
  func percentiles() throws {
    let (graph, accounts) = Self.fixture()
    let report = WebFameReport(graph: graph, accounts: accounts, pageRank: nil)
    // Audiences: c 5,000,000, d 120, star 5, o 2, a 1, b 1 (6 accounts)
    #expect(report["c"]?.percentile == 100 * 5.5 / 6)
    #expect(report["a"]?.percentile == 100.0 / 6)  // a and b tie: (0 + 2/2) / 6
    #expect(report["b"]?.percentile == report["a"]?.percentile)
    #expect(report["c"]?.pageRank == nil)
  }

  @Test("Web famous needs both thresholds, or the whitelist")
  func thresholdsAndWhitelist() throws {
    let (graph, accounts) = Self.fixture()
    let whitelist = try WebFameWhitelist(
      parsing: "# friends who are famous elsewhere\n@DEE\nx:nobody  # not stored\n", source: "w.txt"
    )
    let report = WebFameReport(
      graph: graph, accounts: accounts, pageRank: nil,
      criteria: WebFameCriteria(minPercentile: 80, minRatio: 10), whitelist: whitelist)

    #expect(report["c"]?.meetsThresholds == true)
    // star is in the 75th percentile (100·4.5/6) with ratio 5: neither threshold
    #expect(report["star"]?.isWebFamous == false)
    #expect(report["d"]?.whitelisted == true)
    #expect(report["d"]?.meetsThresholds == false)
    #expect(report.webFamous.map(\.id) == ["c", "d"])
    #expect(report.unmatchedWhitelist == ["x:nobody"])
  }

  @Test("A whitelist line that is not a selector is an error naming the line")
  func badWhitelist() {
    #expect(
      throws: AnalysisError.invalidWhitelistEntry(source: "w.txt", line: 2, text: "two words")
    ) {
      try WebFameWhitelist(parsing: "ok\ntwo words\n", source: "w.txt")
    }
  }

  @Test("Triage splits non-reciprocators; the follow-back rate leaves web famous out")
  func triage() throws {
    let (graph, accounts) = Self.fixture()
    let report = WebFameReport(
      graph: graph, accounts: accounts, pageRank: nil,
      criteria: WebFameCriteria(minPercentile: 80, minRatio: 10))
    let owner = try #require(graph.index(of: "o"))
    let etiquette = graph.etiquette(of: owner)

    let triage = FollowBackTriage(etiquette: etiquette, graph: graph, fame: report)

    // o follows a, b, c, d, star; a and b follow back
    #expect(etiquette.followBackRate == 2.0 / 5.0)
    #expect(triage.entries(.webFamous).map(\.id) == ["c"])
    #expect(triage.entries(.ordinary).map(\.id) == ["d"])
    #expect(triage.entries(.unknownAudience).map(\.id) == ["star"])
    #expect(triage.webFamousFollowing == 1)
    #expect(triage.followBackRateExcludingWebFamous == 2.0 / 4.0)
  }

  @Test("The rank correlation compares audience and PageRank over the graph's accounts")
  func rankCorrelation() throws {
    let (graph, accounts) = Self.fixture()
    let report = WebFameReport(graph: graph, accounts: accounts, pageRank: graph.pageRank())
    let correlation = try #require(report.rankCorrelation)
    #expect(correlation.count == graph.accountCount)
    #expect(correlation.spearman != nil)
  }
}
