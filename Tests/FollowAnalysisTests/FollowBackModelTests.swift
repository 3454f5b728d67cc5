import FollowAnalysis
import FollowModel
import Testing

/// The model learns a planted follow-back rule and the evaluation protocol holds out honestly.
struct FollowBackModelTests {
  /// 150 accounts each following 8 others at random; every third account ("r…") follows back
  /// all its followers, the others never do on purpose.
  private func plantedGraph() -> FollowGraph {
    var random = SplitMix64(seed: 42)
    var builder = FollowTableBuilder(network: .generic)
    func name(_ i: Int) -> String { i % 3 == 0 ? "r\(i)" : "n\(i)" }
    var edges: [(Int, Int)] = []
    for u in 0..<150 {
      for _ in 0..<8 {
        let v = Int(random.next() % 150)
        if v != u { edges.append((u, v)) }
      }
    }
    for (u, v) in edges {
      builder.add(follower: name(u), followed: name(v))
      if v % 3 == 0 { builder.add(follower: name(v), followed: name(u)) }
    }
    return FollowGraph(builder.build().table)
  }

  @Test func ranksReciprocatorsAboveOthers() throws {
    // Given
    let graph = plantedGraph()
    // When
    let model = FollowBackModel(context: FollowBackContext(graph: graph))
    // Then: for one follower, a reciprocator it follows scores above a non-reciprocator.
    var reciprocators: [Double] = []
    var others: [Double] = []
    for v in 0..<graph.accountCount {
      let p = model.probability(follower: 1, followed: v)
      if graph.accountIDs[v].hasPrefix("r") { reciprocators.append(p) } else { others.append(p) }
    }
    #expect(reciprocators.reduce(0, +) / Double(reciprocators.count) > 0.8)
    #expect(others.reduce(0, +) / Double(others.count) < 0.2)
    #expect(model.summary.examples == graph.followCount)
    #expect(!model.summary.sampled)
  }

  @Test func evaluationBeatsChanceAndHidesTheReturns() throws {
    // Given
    let graph = plantedGraph()
    // When
    let (pairs, reduced) = FollowBackEvaluation.drawPairs(graph: graph, share: 0.25, seed: 3)
    // Then: as many positives as negatives; hidden returns are gone from the reduced graph,
    // the kept follows are all there.
    let positives = pairs.filter(\.followsBack)
    #expect(positives.count * 2 == pairs.count)
    #expect(!positives.isEmpty)
    for pair in pairs {
      #expect(reduced.follows(pair.follower, pair.followed))
      #expect(!reduced.follows(pair.followed, pair.follower))
      #expect(graph.follows(pair.followed, pair.follower) == pair.followsBack)
    }
    #expect(reduced.followCount == graph.followCount - positives.count)
    let result = FollowBackEvaluation.run(graph: graph)
    #expect(try #require(result.modelAUC) > 0.95)
    #expect(result.pairsPerClass > 0)
  }

  @Test func forecastListsFollowedAccountsThatDoNotFollowBack() throws {
    let graph = plantedGraph()
    let model = FollowBackModel(context: FollowBackContext(graph: graph))
    let owner = try #require(graph.index(of: "n1"))
    let forecast = FollowBackForecast.rank(model: model, owner: owner, suggest: true)
    let expected = graph.following(of: owner).filter { !graph.follows(Int($0), owner) }
    #expect(forecast.following.count == expected.count)
    #expect(
      zip(forecast.following, forecast.following.dropFirst()).allSatisfy {
        $0.probability >= $1.probability
      })
    for candidate in forecast.suggested {
      #expect(!graph.follows(owner, candidate.account))
      #expect(!graph.follows(candidate.account, owner))
    }
    #expect(!forecast.suggested.isEmpty)
    #expect(forecast.following.allSatisfy { $0.reasons.first?.hasPrefix("follows back") == true })
  }
}
