import FollowModel

/// A seeded generator of follow graphs shaped like social ones: heavy-tailed in-degrees
/// (half the follows copy the target of an earlier follow, which favours accounts already
/// followed) and some reciprocity (a follow is returned with probability 0.3).
struct SyntheticGraph {
  /// SplitMix64: small, fast and the same on every platform.
  struct Random {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ probability: Double) -> Bool {
      Double(next() >> 11) / Double(1 << 53) < probability
    }
  }

  /// The follows, as (follower, followed) account numbers, in generation order.
  static func follows(accounts: Int, follows target: Int, seed: UInt64) -> [(Int, Int)] {
    var random = Random(state: seed)
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
