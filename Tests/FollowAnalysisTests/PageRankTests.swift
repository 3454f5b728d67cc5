import FollowAnalysis
import FollowModel
import FollowTestSupport
import Foundation
import Testing

struct PageRankTests {
  @Test(
    "PageRank equals networkx on every reference graph, to 1e-9 per account",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)),
    arguments: ReferenceData.graphNames)
  func matchesNetworkx(graphName: String) throws {
    // Given the graph as `followgraph import` reads it
    let graph = try ReferenceGraphs.graph(graphName)
    let expected = try ReferenceGraphs.perAccount(graphName)

    // When PageRank runs with the defaults (damping 0.85, L1 tolerance 1e-12)
    let result = graph.pageRank()

    // Then every account's score matches networkx's
    #expect(result.converged)
    #expect(expected.count == graph.accountCount)
    var worst = 0.0
    for row in expected {
      let id = try #require(row["account"])
      let index = try #require(graph.index(of: id), "account \(id) missing from the graph")
      let want = try #require(Double(row["pagerank"] ?? ""))
      worst = max(worst, abs(result.scores[index] - want))
    }
    #expect(worst < 1e-9, "largest difference \(worst) on \(graphName)")
    #expect(abs(result.scores.reduce(0, +) - 1) < 1e-12)
    print(
      "pagerank \(graphName): \(graph.accountCount) accounts, \(graph.followCount) follows, "
        + "\(result.iterations) iterations, largest difference from networkx \(worst)")
  }

  @Test("Dangling accounts spread their rank uniformly")
  func danglingMassIsSpread() {
    // Given a -> b, where b follows no one
    let table = FollowTable(
      network: .generic, accountIDs: ["a", "b"], followers: [0], followed: [1])
    let graph = FollowGraph(table)

    // When
    let result = graph.pageRank(damping: 0.85)

    // Then the fixed point solves x_a = 0.85·x_b/2 + 0.075 and x_b = 0.85·(x_a + x_b/2) + 0.075
    // with x_a + x_b = 1, so x_a = 0.5/1.425 and x_b = 0.925/1.425
    #expect(abs(result.scores[0] - 0.5 / 1.425) < 1e-12)
    #expect(abs(result.scores[1] - 0.925 / 1.425) < 1e-12)
  }

  @Test("An empty graph has no scores and needs no iteration")
  func emptyGraph() {
    let result = FollowGraph(.empty(.generic)).pageRank()
    #expect(result.scores.isEmpty)
    #expect(result.iterations == 0)
  }

  @Test("The iteration cap stops a run before convergence and says so")
  func iterationCap() {
    let table = FollowTable(
      network: .generic, accountIDs: ["a", "b"], followers: [0], followed: [1])
    let result = FollowGraph(table).pageRank(maxIterations: 2)
    #expect(result.iterations == 2)
    #expect(!result.converged)
    #expect(result.lastChange > 1e-12)
  }
}
