import FollowModel
import Foundation

/// A deterministic generator of Twitter-like follow graphs.
///
/// Accounts get a popularity drawn from a Zipf law (heavy-tailed in-degree: the most popular
/// accounts are followed by a large share of everyone) and an activity drawn from a milder
/// Zipf law (out-degree). Each follow's target is drawn by popularity and its follower by
/// activity; the target then follows back with a probability that is high for ordinary
/// accounts and nearly zero for the most popular ones ("hubs"), which puts the share of
/// reciprocated follows at about 20–25 %. Every account follows at least one other account, so
/// the graph has exactly the requested numbers of accounts and distinct follows. Ids are random
/// decimal numbers shaped like X ids (old 7–10 digit ones and newer 18–19 digit ones).
public struct GraphGenerator: Sendable {
  /// The size to generate.
  public var size: BenchSize
  /// The seed; equal seeds give byte-identical graphs.
  public var seed: UInt64
  /// Zipf exponent of popularity (in-degree); larger is more concentrated.
  public var popularityExponent = 0.9
  /// Zipf exponent of activity (out-degree).
  public var activityExponent = 0.5
  /// The share of accounts, most popular first, that almost never follow back.
  public var hubShare = 0.001
  /// The share of follows whose reverse also exists that the generator aims at (edge
  /// reciprocity); ordinary accounts follow back with the probability that gives it.
  public var targetReciprocity = 0.21
  /// The probability that a hub follows back a new follower.
  public var hubFollowBack = 0.002

  /// Creates a generator.
  ///
  /// - Parameters:
  ///   - size: The numbers of accounts and follows; follows must be at least the accounts.
  ///   - seed: The seed.
  public init(size: BenchSize, seed: UInt64 = 7) {
    precondition(size.accounts >= 2 && size.follows >= size.accounts, "size too small")
    precondition(size.follows <= size.accounts * (size.accounts - 1), "size too dense")
    self.size = size
    self.seed = seed
  }

  /// Generates the graph.
  ///
  /// - Returns: The ids and the follows in file order (shuffled).
  /// - Complexity: O(*m* log *n*) for *n* accounts and *m* follows; memory O(*n* + *m*).
  public func generate() -> GeneratedGraph {
    var random = SplitMix64(seed: seed)
    let n = size.accounts
    let ids = Self.makeIDs(count: n, random: &random)
    let popularity = ZipfSampler(count: n, exponent: popularityExponent, random: &random)
    let activity = ZipfSampler(count: n, exponent: activityExponent, random: &random)
    let hubRanks = max(3, Int(Double(n) * hubShare))
    let followBack = ordinaryFollowBack(hubEdgeShare: popularity.share(ofTopRanks: hubRanks))

    var seen = Set<UInt64>(minimumCapacity: size.follows)
    var edges: [UInt64] = []
    edges.reserveCapacity(size.follows)
    func add(_ from: Int, _ to: Int) {
      guard edges.count < size.follows else { return }
      let key = UInt64(from) << 32 | UInt64(to)
      if seen.insert(key).inserted { edges.append(key) }
    }
    func follow(_ from: Int, random: inout SplitMix64) {
      var (to, rank) = popularity.sample(&random)
      while to == from { (to, rank) = popularity.sample(&random) }
      add(from, to)
      let back = rank < hubRanks ? hubFollowBack : followBack
      if random.nextUnit() < back { add(to, from) }
    }
    // Everyone follows someone, then follows are drawn by activity until the count is reached.
    for account in 0..<n { follow(account, random: &random) }
    while edges.count < size.follows {
      follow(activity.sample(&random).account, random: &random)
    }
    // File order: shuffled, as crawls come.
    for i in stride(from: edges.count - 1, to: 0, by: -1) {
      let j = Int(random.next() % UInt64(i + 1))
      edges.swapAt(i, j)
    }
    return GeneratedGraph(ids: ids, edges: edges)
  }

  /// The follow-back probability of ordinary accounts that gives ``targetReciprocity``: a
  /// share *f* of first follows followed back gives 2*f* / (1 + *f*) reciprocated follows.
  func ordinaryFollowBack(hubEdgeShare: Double) -> Double {
    let f = targetReciprocity / (2 - targetReciprocity)
    return min(1, max(0, (f - hubFollowBack * hubEdgeShare) / (1 - hubEdgeShare)))
  }

  /// `count` distinct ids shaped like X ids: 30 % old (7–10 digits), 70 % snowflakes (18–19
  /// digits), all below 2^63 so that every tool reads them as signed 64-bit integers.
  static func makeIDs(count: Int, random: inout SplitMix64) -> [UInt64] {
    var ids: [UInt64] = []
    ids.reserveCapacity(count)
    var used = Set<UInt64>(minimumCapacity: count)
    while ids.count < count {
      let id =
        random.nextUnit() < 0.3
        ? 1_000_000 + random.next() % 3_999_000_000
        : 700_000_000_000_000_000 + random.next() % 1_200_000_000_000_000_000
      if used.insert(id).inserted { ids.append(id) }
    }
    return ids
  }
}

/// Draws accounts with Zipf-distributed probabilities over a random ranking.
struct ZipfSampler: Sendable {
  /// Cumulative weights by rank.
  private let cumulative: [Double]
  /// The account at each rank.
  private let accountAtRank: [Int]

  init(count: Int, exponent: Double, random: inout SplitMix64) {
    var cumulative = [Double](repeating: 0, count: count)
    var total = 0.0
    for rank in 0..<count {
      total += 1 / pow(Double(rank + 1), exponent)
      cumulative[rank] = total
    }
    self.cumulative = cumulative
    var order = Array(0..<count)
    for i in stride(from: count - 1, to: 0, by: -1) {
      order.swapAt(i, Int(random.next() % UInt64(i + 1)))
    }
    accountAtRank = order
  }

  /// The probability that a draw falls on one of the `ranks` most popular accounts.
  func share(ofTopRanks ranks: Int) -> Double {
    cumulative[min(ranks, cumulative.count) - 1] / cumulative[cumulative.count - 1]
  }

  /// One draw: the account and its popularity rank (0 is the most popular).
  func sample(_ random: inout SplitMix64) -> (account: Int, rank: Int) {
    let target = random.nextUnit() * cumulative[cumulative.count - 1]
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
    }
    return (accountAtRank[low], low)
  }
}
