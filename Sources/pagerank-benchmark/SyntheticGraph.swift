import FollowModel

/// A seeded generator of follow graphs shaped like social ones: heavy-tailed in-degrees
/// (half the follows copy the target of an earlier follow, which favours accounts already
/// followed) and some reciprocity (a follow is returned with probability 0.3).
struct SyntheticGraph {
  /// The follows, as (follower, followed) account numbers, in generation order.
  static func follows(accounts: Int, follows target: Int, seed: UInt64) -> [(Int, Int)] {
    var random = SplitMix64(seed: seed)
    var edges: [(Int, Int)] = []
    edges.reserveCapacity(target + target / 2)
    while edges.count < target {
      let follower = random.below(accounts)
      let followed =
        edges.isEmpty || random.chance(0.5)
        ? random.below(accounts) : edges[random.below(edges.count)].1
      guard followed != follower else { continue }
      edges.append((follower, followed))
      if edges.count < target && random.chance(0.3) { edges.append((followed, follower)) }
    }
    return edges
  }

  /// The follows as a follow table (duplicates collapsed).
  static func table(_ edges: [(Int, Int)]) -> FollowTable {
    var builder = FollowTableBuilder(network: .generic)
    builder.reserveCapacity(follows: edges.count)
    for (from, to) in edges { builder.add(follower: String(from), followed: String(to)) }
    return builder.build().table
  }
}

extension SplitMix64 {
  /// A uniform integer in `0..<bound`.
  fileprivate mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
