import FollowAnalysis
import FollowModel
import Testing

struct GraphReciprocityTests {
  /// Builds a graph from `follower followed` pairs of names.
  private func graph(_ pairs: [(String, String)]) -> FollowGraph {
    var builder = FollowTableBuilder(network: .generic)
    for (from, to) in pairs { builder.add(follower: from, followed: to) }
    return FollowGraph(builder.build().table)
  }

  @Test func matchesTheIgraphTestVector() {
    // Given rigraph's test-reciprocity.R graph 1→2, 2→1, 2→3, 3→4, 4→4 (the loop is dropped)
    let g = graph([("1", "2"), ("2", "1"), ("2", "3"), ("3", "4"), ("4", "4")])
    // When
    let r = g.reciprocity()
    // Then igraph gives 0.5 (default, loops ignored) and 1/3 (mode = "ratio")
    #expect(r.follows == 4)
    #expect(r.reciprocatedFollows == 2)
    #expect(r.mutualPairs == 1)
    #expect(r.edgeReciprocity == 0.5)
    #expect(r.pairReciprocity == 1.0 / 3.0)
  }

  @Test func identityBetweenEdgeAndPairForms() throws {
    let g = graph([("a", "b"), ("b", "a"), ("a", "c"), ("c", "d"), ("d", "c"), ("e", "a")])
    let r = g.reciprocity()
    let edge = try #require(r.edgeReciprocity)
    let pair = try #require(r.pairReciprocity)
    // r_edge = 2 r_pair / (1 + r_pair)
    #expect(abs(edge - 2 * pair / (1 + pair)) < 1e-15)
  }

  @Test func densityAndRho() throws {
    // Complete mutual pair plus one one-way follow among 3 accounts.
    let g = graph([("a", "b"), ("b", "a"), ("b", "c")])
    let r = g.reciprocity()
    #expect(r.accounts == 3)
    #expect(r.density == 3.0 / 6.0)
    let rho = try #require(r.rho)
    #expect(abs(rho - ((2.0 / 3.0 - 0.5) / 0.5)) < 1e-15)
  }

  @Test func undefinedFiguresAreNilNotZero() {
    let empty = FollowGraph(.empty(.generic)).reciprocity()
    #expect(empty.follows == 0)
    #expect(empty.edgeReciprocity == nil)
    #expect(empty.pairReciprocity == nil)
    #expect(empty.density == nil)
    #expect(empty.rho == nil)
    // A complete graph has density 1: rho is undefined.
    let complete = graph([("a", "b"), ("b", "a")]).reciprocity()
    #expect(complete.edgeReciprocity == 1)
    #expect(complete.rho == nil)
  }

  @Test func duplicatesAndSelfFollowsInATableAreIgnored() {
    // A table that was not built by FollowTableBuilder may repeat follows and hold loops.
    let table = FollowTable(
      network: .generic, accountIDs: ["a", "b"], followers: [0, 0, 1, 1], followed: [1, 1, 0, 1])
    let g = FollowGraph(table)
    #expect(g.followCount == 2)
    #expect(g.reciprocity().mutualPairs == 1)
  }
}
