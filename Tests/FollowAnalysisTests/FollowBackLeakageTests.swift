import FollowAnalysis
import FollowModel
import Testing

/// The model's features of a pair never see the pair's own return.
struct FollowBackLeakageTests {
  private func graph(_ pairs: [(String, String)]) -> FollowGraph {
    var builder = FollowTableBuilder(network: .generic)
    for (from, to) in pairs { builder.add(follower: from, followed: to) }
    return FollowGraph(builder.build().table)
  }

  /// A small graph with mutual pairs, one-way follows and triangles.
  private let follows: [(String, String)] = [
    ("u", "v"), ("v", "u"), ("u", "a"), ("a", "u"), ("v", "a"), ("a", "v"), ("b", "v"),
    ("v", "b"), ("b", "u"), ("c", "v"), ("u", "c"), ("c", "a"), ("d", "v"), ("v", "d"),
    ("d", "u"), ("e", "u"), ("a", "e"), ("e", "a"), ("b", "c"), ("c", "b"),
  ]

  @Test func habitLeavesThePairOut() throws {
    // Given: v has 5 followers (u, a, b, c, d) and follows 4 of them back (u, a, b, d).
    let g = graph(follows)
    let context = FollowBackContext(graph: g)
    let u = try #require(g.index(of: "u"))
    let v = try #require(g.index(of: "v"))
    // When: the features of u -> v, whose return v -> u exists.
    let row = context.features(follower: u, followed: v)
    // Then: the habit counts 3 returns of 4 other followers, smoothed by the prior
    // (2 * prior pseudo-returns over 2 pseudo-followers), never u itself.
    let expected = (3 + 2 * context.prior) / (4 + 2)
    #expect(abs(row[FollowBackFeature.followedHabit.rawValue] - expected) < 1e-12)
    let asIs = context.features(follower: u, followed: v, mode: .asIs)
    #expect(
      abs(asIs[FollowBackFeature.followedHabit.rawValue] - (4 + 2 * context.prior) / 7) < 1e-12)
  }

  @Test func hiddenFeaturesEqualThoseOfTheGraphWithoutTheReturn() throws {
    // Given: every reciprocated follow u -> v of the graph.
    let full = graph(follows)
    let context = FollowBackContext(graph: full)
    var checked = 0
    for (a, b) in follows {
      let u = try #require(full.index(of: a))
      let v = try #require(full.index(of: b))
      guard full.follows(v, u) else { continue }
      // When: the same graph is rebuilt without v -> u.
      let reduced = graph(follows.filter { !($0.0 == b && $0.1 == a) })
      let reducedContext = FollowBackContext(graph: reduced)
      let ru = try #require(reduced.index(of: a))
      let rv = try #require(reduced.index(of: b))
      let hidden = context.features(follower: u, followed: v)
      let truth = reducedContext.features(follower: ru, followed: rv)
      // Then: every structural feature is identical; PageRank is corrected to first order
      // (the prior, a graph-wide rate, and rank spreading are the only other differences).
      for feature in FollowBackFeature.allCases {
        let x = hidden[feature.rawValue]
        let y = truth[feature.rawValue]
        switch feature {
        case .followedPageRank, .followerPageRank:
          #expect(abs(x - y) < 0.1, "\(a)->\(b) \(feature.name): \(x) vs \(y)")
        case .followedHabit, .followedFollowBackRate, .followerHabit, .followerReturnRate,
          .followedHabitNearFollower, .followerReturnRateNearFollowed:
          // Smoothed rates: equal once the (graph-wide) prior is the same.
          let p = context.prior
          let q = reducedContext.prior
          #expect(abs(x - y) <= 2 * abs(p - q) + 1e-12, "\(a)->\(b) \(feature.name)")
        default:
          #expect(x == y || (x.isNaN && y.isNaN), "\(a)->\(b) \(feature.name): \(x) vs \(y)")
        }
      }
      checked += 1
    }
    #expect(checked == 14)
  }
}
