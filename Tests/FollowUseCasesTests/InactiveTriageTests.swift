import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Triage: non-reciprocators whose last post is older than `--inactive-days` are inactive,
/// after kept and web famous, before ordinary and unknown audience.
struct InactiveTriageTests {
  static func day(_ text: String) throws -> Date { try #require(UTCTime.parse(text)) }

  /// The owner (snapshot of 2024-01-10) follows: a celebrity that stopped posting in 2020, a
  /// quiet account with an audience (last post 2023-06-01), a quiet one without an audience
  /// count (2023-07-01), an active one (2024-01-05), one whose last post is unknown, and a
  /// friend who follows back and stopped posting.
  static func store() throws -> some FollowStoring {
    let accounts = [
      Account(
        id: AccountID(network: .x, value: "10"), handle: "star", followersCount: 3_000_000,
        followingCount: 10, lastPostAt: try day("2020-01-01")),
      Account(
        id: AccountID(network: .x, value: "11"), handle: "quiet", followersCount: 90,
        followingCount: 80, lastPostAt: try day("2023-06-01")),
      Account(
        id: AccountID(network: .x, value: "12"), handle: "quietunknown",
        lastPostAt: try day("2023-07-01")),
      Account(
        id: AccountID(network: .x, value: "13"), handle: "active", followersCount: 70,
        followingCount: 60, lastPostAt: try day("2024-01-05")),
      Account(
        id: AccountID(network: .x, value: "14"), handle: "unknownpost", followersCount: 50,
        followingCount: 40),
      Account(
        id: AccountID(network: .x, value: "15"), handle: "friend", followersCount: 20,
        followingCount: 20, lastPostAt: try day("2020-01-01")),
    ]
    return try UseCaseStore.holding([
      UseCaseStore.snapshot(
        following: ["10", "11", "12", "13", "14", "15"], followers: ["15"], accounts: accounts)
    ])
  }

  static func fame(days: Int = 90, asOf: Date? = nil) -> FameSettings {
    var fame = FameSettings(
      criteria: WebFameCriteria(minPercentile: 80, minRatio: 10), whitelist: .empty,
      damping: nil)
    fame.inactiveDays = days
    fame.asOf = asOf
    return fame
  }

  @Test("Counted back from the owner's latest snapshot: web famous first, then inactive")
  func fromTheLatestSnapshot() throws {
    let scope = try FollowQueries(store: try Self.store()).reciprocity(
      network: nil, account: nil, fame: Self.fame())
    let triage = try #require(scope.owner?.triage)
    #expect(triage.inactivity.referenceDate == (try Self.day("2024-01-10")))
    #expect(triage.entries(.webFamous).map(\.id) == ["10"])
    #expect(triage.entries(.inactive).map(\.id) == ["11", "12"])
    #expect(triage.entries(.ordinary).map(\.id) == ["13", "14"])
    #expect(triage.entries(.unknownAudience).isEmpty)
    // The friend follows back: not triaged at all, however quiet.
    #expect(!triage.entries.contains { $0.id == "15" })
  }

  @Test("--as-of moves the reference date, --inactive-days the cutoff")
  func asOfAndDays() throws {
    let queries = FollowQueries(store: try Self.store())
    // 2023-09-01 minus 90 days is 2023-06-03: only the 2023-06-01 post is older.
    let early = try queries.reciprocity(
      network: nil, account: nil, fame: Self.fame(asOf: try Self.day("2023-09-01")))
    #expect(early.owner?.triage?.entries(.inactive).map(\.id) == ["11"])
    #expect(early.owner?.triage?.entries(.unknownAudience).map(\.id) == ["12"])
    // 3 days back from 2024-01-10: the 2024-01-05 post is too old as well.
    let strict = try queries.reciprocity(
      network: nil, account: nil, fame: Self.fame(days: 3))
    #expect(strict.owner?.triage?.entries(.inactive).map(\.id) == ["11", "12", "13"])
  }

  @Test("famous: each account's last post and whether it is inactive; unknown stays null")
  func famousCarriesInactivity() throws {
    let evidence = try #require(
      try FollowQueries(store: try Self.store()).famous(network: nil, fame: Self.fame()))
    #expect(evidence["10"]?.isInactive == true)
    #expect(evidence["13"]?.isInactive == false)
    #expect(evidence["14"]?.isInactive == nil)
    #expect(evidence.inactive.map(\.id).sorted() == ["10", "11", "12", "15"])
    let json = FamousRenderer.json(
      evidence, all: true, keepList: KeepListUse(files: nil, storedEntries: 0)
    ).render()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let inactivity = try #require(object?["inactivity"] as? [String: Any])
    #expect(inactivity["inactive_days"] as? Int == 90)
    #expect(inactivity["as_of"] as? String == "2024-01-10")
    #expect(inactivity["inactive_count"] as? Int == 4)
    let rows = try #require(object?["accounts"] as? [[String: Any]])
    let quiet = try #require(rows.first { $0["account"] as? String == "11" })
    #expect(quiet["last_post_at"] as? String == "2023-06-01T00:00:00Z")
    #expect(quiet["inactive"] as? Bool == true)
    #expect(rows.first { $0["account"] as? String == "14" }?["inactive"] is NSNull)
    let csv = FamousRenderer.csv(evidence, all: true).render()
    #expect(csv.hasPrefix(FamousRenderer.columns.joined(separator: ",") + ",last_post_at,inactive"))
    #expect(csv.contains(",x,2023-06-01T00:00:00Z,true"))
    #expect(csv.contains(",x,,\n"))
  }

  @Test("Without a snapshot or --as-of nothing is inactive")
  func noReferenceDate() throws {
    let accounts = [
      Account(
        id: AccountID(network: .generic, value: "b"), followersCount: 5,
        lastPostAt: try Self.day("2001-01-01"))
    ]
    var edges = UseCaseStore.edges([("a", "b")], network: .generic)
    edges.accounts = accounts
    let store = try UseCaseStore.holding([edges])
    let evidence = try #require(
      try FollowQueries(store: store).famous(network: nil, fame: Self.fame()))
    #expect(evidence["b"]?.lastPostAt != nil)
    #expect(evidence["b"]?.isInactive == nil)
    #expect(evidence.inactive.isEmpty)
  }
}
