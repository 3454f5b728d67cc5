import FollowModel
import Foundation

/// Audience evidence for the accounts of one network and which of them are web famous.
///
/// **Population.** The accounts ranked are those of the follow graph plus those with an
/// imported follower count; accounts known only by name (mentions) carry no audience evidence
/// and are left out.
///
/// **Figures.** audience = the imported `followers_count` when known, else the in-degree in
/// the follow graph; following = the imported `following_count` when known, else the
/// out-degree; ratio = audience / max(following, 1), so an account that follows no one has
/// the highest ratio for its audience. The audience percentile is the percentile rank
/// (``PercentileRank``) of the audience within the population; the PageRank percentile is the
/// percentile rank of the PageRank score among the accounts of the graph.
///
/// **Web famous** = audience percentile ≥ ``WebFameCriteria/minPercentile`` and ratio ≥
/// ``WebFameCriteria/minRatio``, or named in the whitelist.
///
/// **Inactive** (``AccountFame/isInactive``) = the account's last post is known and older
/// than ``inactivity``'s days before its reference date.
public struct WebFameReport: Equatable, Sendable {
  /// The network.
  public var network: Network
  /// The thresholds used.
  public var criteria: WebFameCriteria
  /// When an account counts as inactive.
  public var inactivity: InactivityRule
  /// Every account of the population, by audience (highest first), then by id.
  public var accounts: [AccountFame]
  /// The PageRank the figures use, when computed.
  public var pageRank: PageRankResult?
  /// The correlation of the followers ranking (audience) and the PageRank ranking, over the
  /// accounts of the graph; `nil` without PageRank.
  public var rankCorrelation: RankCorrelation?
  /// Whitelist entries that matched no account of the network, as typed.
  public var unmatchedWhitelist: [String]
  private var positions: [String: Int]

  /// Computes the evidence for every account of the population.
  ///
  /// - Parameters:
  ///   - graph: The network's follow graph.
  ///   - accounts: The network's stored accounts (names and audience data).
  ///   - pageRank: PageRank of `graph`, or `nil` to leave PageRank figures out.
  ///   - criteria: The thresholds.
  ///   - whitelist: Accounts web famous by declaration.
  ///   - inactivity: When an account counts as inactive; without a reference date, none does.
  /// - Complexity: O(*n* log *n* + *m* + *w*·*n*) for *n* accounts, *m* follows and *w*
  ///   whitelist entries.
  public init(
    graph: FollowGraph, accounts: [Account], pageRank: PageRankResult?,
    criteria: WebFameCriteria = WebFameCriteria(), whitelist: WebFameWhitelist = .empty,
    inactivity: InactivityRule = InactivityRule(referenceDate: nil)
  ) {
    network = graph.network
    self.criteria = criteria
    self.inactivity = inactivity
    self.pageRank = pageRank
    let directory = AccountDirectory(accounts)
    var graphIndex: [String: Int] = [:]
    for (index, id) in graph.accountIDs.enumerated() { graphIndex[id] = index }
    var ids = graph.accountIDs
    for account in accounts
    where account.followersCount != nil && graphIndex[account.id.value] == nil {
      ids.append(account.id.value)
    }
    let scores = pageRank?.scores
    let pageRankPercentiles = scores.map(PercentileRank.of)
    var rows: [AccountFame] = ids.map { id in
      let record = directory[id]
      let index = graphIndex[id]
      let inDegree = index.map(graph.followersCount(of:)) ?? 0
      let outDegree = index.map(graph.followingCount(of:)) ?? 0
      let audience = record?.followersCount ?? inDegree
      let following = record?.followingCount ?? outDegree
      return AccountFame(
        id: id, handle: record?.handle, graphIndex: index, audience: audience,
        audienceSource: record?.followersCount != nil ? .followersCount : .inDegree,
        following: following,
        followingSource: record?.followingCount != nil ? .followingCount : .outDegree,
        ratio: Double(audience) / Double(max(following, 1)), percentile: 0,
        pageRank: index.flatMap { i in scores.map { $0[i] } },
        pageRankPercentile: index.flatMap { i in pageRankPercentiles.map { $0[i] } },
        listedCount: record?.listedCount, isVerified: record?.isVerified, whitelisted: false,
        meetsThresholds: false, lastPostAt: record?.lastPostAt,
        isInactive: inactivity.isInactive(lastPostAt: record?.lastPostAt))
    }
    let percentiles = PercentileRank.of(rows.map { Double($0.audience) })
    var matched = [Bool](repeating: false, count: whitelist.entries.count)
    for k in rows.indices {
      rows[k].percentile = percentiles[k]
      rows[k].meetsThresholds =
        percentiles[k] >= criteria.minPercentile && rows[k].ratio >= criteria.minRatio
      let id = AccountID(network: graph.network, value: rows[k].id)
      for (e, entry) in whitelist.entries.enumerated()
      where WebFameWhitelist.matches(entry, id: id, handle: rows[k].handle) {
        rows[k].whitelisted = true
        matched[e] = true
      }
    }
    // A whitelisted account outside the population still counts as matched when stored.
    for (e, entry) in whitelist.entries.enumerated() where !matched[e] {
      matched[e] = accounts.contains {
        WebFameWhitelist.matches(entry, id: $0.id, handle: $0.handle)
      }
    }
    unmatchedWhitelist = whitelist.entries.indices.filter { !matched[$0] }.map {
      whitelist.entries[$0].selector.description
    }
    rows.sort {
      $0.audience != $1.audience
        ? $0.audience > $1.audience : NativeIDOrder.areInIncreasingOrder($0.id, $1.id)
    }
    self.accounts = rows
    var positions: [String: Int] = [:]
    for (position, row) in rows.enumerated() { positions[row.id] = position }
    self.positions = positions
    if let scores, graph.accountCount > 0 {
      let inGraph = rows.filter { $0.graphIndex != nil }
      rankCorrelation = RankCorrelation.compute(
        inGraph.map { Double($0.audience) }, inGraph.compactMap { $0.graphIndex.map { scores[$0] } }
      )
    } else {
      rankCorrelation = nil
    }
  }

  /// The evidence for the account with native id `id`, when it is in the population.
  ///
  /// - Parameter id: A native id.
  /// - Returns: The evidence, or `nil`.
  public subscript(id: String) -> AccountFame? {
    positions[id].map { accounts[$0] }
  }

  /// The web-famous accounts, by audience.
  public var webFamous: [AccountFame] { accounts.filter(\.isWebFamous) }

  /// The accounts of the population that are inactive, by audience.
  public var inactive: [AccountFame] { accounts.filter { $0.isInactive == true } }

  /// How many accounts are ranked.
  public var population: Int { accounts.count }
}
