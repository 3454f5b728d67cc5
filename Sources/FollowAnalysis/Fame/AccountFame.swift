import Foundation

/// Where an account's audience figure comes from.
public enum AudienceSource: String, Equatable, Sendable {
  /// The platform's follower count, imported from audience data (twarc2, accounts CSV).
  case followersCount = "followers_count"
  /// The number of followers in the imported follow graph (in-degree).
  case inDegree = "in_degree"
}

/// Where an account's following figure comes from.
public enum FollowingSource: String, Equatable, Sendable {
  /// The platform's following count, imported from audience data.
  case followingCount = "following_count"
  /// The number of accounts it follows in the imported follow graph (out-degree).
  case outDegree = "out_degree"
}

/// The thresholds that make an account web famous.
public struct WebFameCriteria: Equatable, Sendable {
  /// The lowest audience percentile (0–100) of a web-famous account; 99 by default.
  public var minPercentile: Double
  /// The lowest audience / max(following, 1) ratio of a web-famous account; 10 by default.
  public var minRatio: Double

  /// Creates thresholds.
  ///
  /// - Parameters:
  ///   - minPercentile: The lowest audience percentile.
  ///   - minRatio: The lowest audience/following ratio.
  public init(minPercentile: Double = 99, minRatio: Double = 10) {
    self.minPercentile = minPercentile
    self.minRatio = minRatio
  }
}

/// The audience evidence for one account and whether it makes the account web famous.
public struct AccountFame: Equatable, Sendable {
  /// The account's native id.
  public var id: String
  /// The handle, when known.
  public var handle: String?
  /// The account's index in the follow graph, or `nil` when it has no follows there.
  public var graphIndex: Int?
  /// The audience: the imported follower count when known, else the in-degree.
  public var audience: Int
  /// Where ``audience`` comes from.
  public var audienceSource: AudienceSource
  /// The following: the imported following count when known, else the out-degree.
  public var following: Int
  /// Where ``following`` comes from.
  public var followingSource: FollowingSource
  /// audience / max(following, 1).
  public var ratio: Double
  /// The audience percentile rank (0–100) within the population (see ``WebFameReport``).
  public var percentile: Double
  /// The PageRank score, or `nil` when the account is not in the follow graph.
  public var pageRank: Double?
  /// The PageRank percentile rank (0–100) among the accounts of the follow graph.
  public var pageRankPercentile: Double?
  /// The platform's list count (X), when imported.
  public var listedCount: Int?
  /// The platform's verified flag, when imported.
  public var isVerified: Bool?
  /// Whether the whitelist names the account.
  public var whitelisted: Bool
  /// Whether percentile ≥ the minimum and ratio ≥ the minimum.
  public var meetsThresholds: Bool
  /// When the account last posted, when known (the stored `last_post_at`: Mastodon
  /// `last_status_at` from `fetch` or API pages).
  public var lastPostAt: Date?
  /// Whether the last post is older than the ``InactivityRule``; `nil` when the last post or
  /// the reference date is unknown.
  public var isInactive: Bool?

  /// Creates the evidence.
  ///
  /// - Parameters:
  ///   - id: The native id.
  ///   - handle: The handle.
  ///   - graphIndex: The graph index.
  ///   - audience: The audience.
  ///   - audienceSource: Where the audience comes from.
  ///   - following: The following.
  ///   - followingSource: Where the following comes from.
  ///   - ratio: The ratio.
  ///   - percentile: The audience percentile.
  ///   - pageRank: The PageRank score.
  ///   - pageRankPercentile: The PageRank percentile.
  ///   - listedCount: The list count.
  ///   - isVerified: The verified flag.
  ///   - whitelisted: Whether the whitelist names it.
  ///   - meetsThresholds: Whether it meets both thresholds.
  ///   - lastPostAt: When it last posted.
  ///   - isInactive: Whether it is inactive.
  public init(
    id: String, handle: String?, graphIndex: Int?, audience: Int, audienceSource: AudienceSource,
    following: Int, followingSource: FollowingSource, ratio: Double, percentile: Double,
    pageRank: Double?, pageRankPercentile: Double?, listedCount: Int?, isVerified: Bool?,
    whitelisted: Bool, meetsThresholds: Bool, lastPostAt: Date? = nil, isInactive: Bool? = nil
  ) {
    self.id = id
    self.handle = handle
    self.graphIndex = graphIndex
    self.audience = audience
    self.audienceSource = audienceSource
    self.following = following
    self.followingSource = followingSource
    self.ratio = ratio
    self.percentile = percentile
    self.pageRank = pageRank
    self.pageRankPercentile = pageRankPercentile
    self.listedCount = listedCount
    self.isVerified = isVerified
    self.whitelisted = whitelisted
    self.meetsThresholds = meetsThresholds
    self.lastPostAt = lastPostAt
    self.isInactive = isInactive
  }

  /// Web famous: listed in the whitelist, or meeting both thresholds.
  public var isWebFamous: Bool { whitelisted || meetsThresholds }

  /// Why the account is web famous: `whitelist`, `thresholds`, both, or `nil`.
  public var reason: String? {
    switch (whitelisted, meetsThresholds) {
    case (true, true): "whitelist+thresholds"
    case (true, false): "whitelist"
    case (false, true): "thresholds"
    case (false, false): nil
    }
  }
}
