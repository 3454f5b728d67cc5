import Foundation

/// What the follow-back model knows about every account of a graph, and the feature rows of
/// pairs computed from it.
public struct FollowBackContext: Sendable {
  /// How a pair's own reverse follow is treated.
  public enum Mode: Sendable {
    /// As if v → u did not exist (the model's features: no leakage from the pair).
    case hidden
    /// As the graph holds it (the standard link features of the tree baseline).
    case asIs
  }

  /// The graph the features are computed on.
  public let graph: FollowGraph
  /// Mutual follows of each account.
  public let mutual: [Int]
  /// PageRank of each account.
  public let pageRank: [Double]
  /// The audience of the top 1 % of accounts, the first test of web fame.
  public let famousAudience: Int
  /// The graph's rate of followers followed back, the prior of every habit.
  public let prior: Double
  /// Post-word profiles for topic similarity, when posts were imported.
  public let topics: TopicProfiles?

  /// Precomputes the per-account figures.
  ///
  /// - Parameters:
  ///   - graph: The follow graph.
  ///   - topics: Post-word profiles by graph index, or `nil`.
  /// - Complexity: O(*k* · (*n* + *m*) + *n* log *n*) for *k* ≤ 100 PageRank iterations.
  public init(graph: FollowGraph, topics: TopicProfiles? = nil) {
    self.graph = graph
    let n = graph.accountCount
    mutual = (0..<n).map { graph.mutualCount(of: $0) }
    pageRank = graph.pageRank(tolerance: 1e-9, maxIterations: 100).scores
    let audiences = (0..<n).map { graph.followersCount(of: $0) }.sorted()
    famousAudience = max(
      audiences.isEmpty ? 1 : audiences[min(audiences.count - 1, audiences.count * 99 / 100)], 1)
    let follows = graph.followCount
    prior = follows > 0 ? Double(mutual.reduce(0, +)) / Double(follows) : 0.5
    self.topics = topics
  }

  /// Whether an account is web famous: audience in the top 1 % and at least ten times its
  /// follows (the defaults of `followgraph famous`, on graph degrees).
  ///
  /// - Parameters:
  ///   - audience: Its followers.
  ///   - following: Its follows.
  /// - Returns: `true` when famous.
  public func isFamous(audience: Int, following: Int) -> Bool {
    audience >= famousAudience && Double(audience) >= 10 * Double(max(following, 1))
  }

  /// Whether an account is web famous by its degrees in the graph.
  ///
  /// - Parameter account: A graph index.
  /// - Returns: `true` when famous.
  public func isFamous(_ account: Int) -> Bool {
    isFamous(
      audience: graph.followersCount(of: account), following: graph.followingCount(of: account))
  }

  /// The feature row of the pair "does `followed` follow `follower`".
  ///
  /// - Parameters:
  ///   - follower: u, an account index.
  ///   - followed: v, an account index.
  ///   - mode: Whether v → u is hidden (the model) or kept (the baseline).
  /// - Returns: One value per ``FollowBackFeature``, NaN where undefined.
  /// - Complexity: O(min(*d*ᵤ, *d*ᵥ) · log max(*d*ᵤ, *d*ᵥ)) for total degrees *d*.
  public func features(follower u: Int, followed v: Int, mode: Mode = .hidden) -> [Double] {
    let forward = graph.follows(u, v) ? 1 : 0
    let reverse = mode == .hidden && graph.follows(v, u) ? 1 : 0
    let excluded = mode == .hidden ? forward : 0
    let both = forward * reverse
    let inV = graph.followersCount(of: v) - excluded
    let outV = graph.followingCount(of: v) - reverse
    let inU = graph.followersCount(of: u) - reverse
    let outU = graph.followingCount(of: u) - excluded
    let mutualV = mutual[v] - both
    let mutualU = mutual[u] - both
    func rate(_ part: Int, _ whole: Int) -> Double {
      (Double(part) + 2 * prior) / (Double(whole) + 2)
    }
    func log1(_ x: Int) -> Double { log(1 + Double(max(x, 0))) }
    let triads = triadCounts(u, v)
    // In hidden mode the degrees above already leave the other account out.
    let linkedU = mode == .asIs && (forward == 1 || graph.follows(v, u)) ? 1 : 0
    let sizeU = inU + outU - mutualU - linkedU
    let sizeV = inV + outV - mutualV - linkedU
    let union = sizeU + sizeV - triads.common
    var row = [Double](repeating: .nan, count: FollowBackFeature.allCases.count)
    func set(_ feature: FollowBackFeature, _ value: Double) { row[feature.rawValue] = value }
    set(.followedHabit, rate(mutualV, inV))
    set(.followedAudience, log1(inV))
    set(.followedFollowing, log1(outV))
    set(.followedFollowBackRate, rate(mutualV, outV))
    set(.followerHabit, rate(mutualU, inU))
    set(.followerReturnRate, rate(mutualU, outU))
    set(.followerAudience, log1(inU))
    set(.followerFollowing, log1(outU))
    set(.audienceRatio, log1(inV) - log1(inU))
    set(.degreeDistance, abs(log1(inV + outV) - log1(inU + outU)))
    set(.followedFollowsFollowersOfFollower, Double(triads.pathsToFollower))
    set(.bothFollow, Double(triads.bothFollow))
    set(.followBoth, Double(triads.followBoth))
    set(.followerFollowsFollowersOfFollowed, Double(triads.pathsToFollowed))
    set(.mutualWithBoth, Double(triads.mutualWithBoth))
    if triads.common > 0 {
      set(.commonMutualShare, Double(triads.mutualWithBoth) / Double(triads.common))
    }
    set(.followedCircleShare, Double(triads.pathsToFollower) / Double(max(outV, 1)))
    set(.commonNeighbours, Double(triads.common))
    set(.adamicAdar, triads.adamicAdar)
    set(.jaccard, union > 0 ? Double(triads.common) / Double(union) : 0)
    let n = Double(graph.accountCount)
    // The rank v passed to u through the hidden follow is taken back (first order).
    let passed =
      reverse == 1
      ? FollowGraph.defaultDamping * pageRank[v] / Double(graph.followingCount(of: v)) : 0
    set(.followedPageRank, log(max(pageRank[v] * n, 1e-12)))
    set(.followerPageRank, log(max((pageRank[u] - passed) * n, 1e-12)))
    set(.followedFamous, isFamous(audience: inV, following: outV) ? 1 : 0)
    set(.followerFamous, isFamous(audience: inU, following: outU) ? 1 : 0)
    if let similarity = topics?.similarity(u, v) { set(.topicSimilarity, similarity) }
    set(
      .followedHabitNearFollower,
      rate(triads.followedBackNearFollower, triads.followersNearFollower))
    set(.followerFollowersFollowedShare, Double(triads.pathsToFollower) / Double(max(inU, 1)))
    set(.followingCosine, Double(triads.bothFollow) / max(sqrt(Double(outU) * Double(outV)), 1))
    set(
      .followerReturnRateNearFollowed,
      rate(triads.returnedNearFollowed, triads.followsNearFollowed))
    set(.followedMutualsFollowingFollower, Double(triads.followedMutualsFollowingFollower))
    set(.followerMutualsFollowedByFollowed, Double(triads.followerMutualsFollowedByFollowed))
    set(.followersCosine, Double(triads.followBoth) / max(sqrt(Double(inU) * Double(inV)), 1))
    return row
  }
}
