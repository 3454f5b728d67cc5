import Testing

@testable import FollowAnalysis

/// How many EM iterations the topic mixture runs: chosen with λ on held-out posts for one
/// account, to convergence for several.
struct TopicMixtureIterationTests {
  /// The two-account corpus of ``TopicMixtureTests``, as a term matrix.
  static func mixture(oneAccount: Bool) -> (TopicMixture, [Double]) {
    let (documents, groups) = TopicMixtureTests.corpus()
    let matrix = TermMatrix(documents: documents)
    let mixture = TopicMixture(
      counts: matrix.counts, groups: groups.map { oneAccount ? 0 : Int32($0) },
      groupCount: oneAccount ? 1 : 2, k: 2)
    // A poor start: every third post in the wrong topic, so EM has work to do.
    var initial = [Double](repeating: 0, count: documents.count * 2)
    for d in documents.indices {
      let isCat = ["cat", "kitten", "purr", "whisker", "nap"].contains(documents[d][0])
      initial[d * 2 + ((isCat ? 0 : 1) + (d % 3 == 0 ? 1 : 0)) % 2] = 1
    }
    return (mixture, initial)
  }

  @Test func theModelObservedAfterAnIterationIsTheFitStoppedThere() {
    // Given a fit observed at every iteration
    let (mixture, initial) = Self.mixture(oneAccount: true)
    var observed: [Int: [Double]] = [:]
    var lastIterations: [Int] = []
    let full = mixture.fit(initial: initial, smoothing: 0.3) { iteration, last, logW, _ in
      observed[iteration] = logW
      if last { lastIterations.append(iteration) }
    }
    // Then each iteration's model is the model of a fit capped there
    for cap in [1, 2] {
      let capped = mixture.fit(initial: initial, smoothing: 0.3, maxIterations: cap)
      #expect(capped.iterations == cap)
      #expect(observed[cap] == capped.logWordWeights, "iteration \(cap)")
    }
    // And exactly the last iteration is reported as last
    #expect(lastIterations == [full.iterations])
    #expect(observed[full.iterations] == full.logWordWeights)
  }

  @Test func oneAccountTakesTheBestHeldOutPairOfSmoothingAndIterations() throws {
    // Given the held-out scores of every λ after every checkpoint and at convergence
    let (mixture, initial) = Self.mixture(oneAccount: true)
    let table = mixture.heldOutCheckpointScores(
      initial: initial, grid: TopicMixture.smoothingGrid)
    #expect(table.count == TopicMixture.smoothingGrid.count)
    #expect(table.allSatisfy { $0.count == TopicMixture.checkpoints.count + 1 })
    // Then a checkpoint after every fold converged carries the converged score
    for row in table { #expect(row[TopicMixture.checkpoints.count - 1] == row.last) }
    // And the choice is the best cell, the converged fit winning ties
    let choice = mixture.selectSmoothing(initial: initial)
    let best = table.joined().max() ?? 0
    let row = try #require(TopicMixture.smoothingGrid.firstIndex(of: choice.smoothing))
    let column = choice.iterations.flatMap { TopicMixture.checkpoints.firstIndex(of: $0) }
    #expect(table[row][column ?? TopicMixture.checkpoints.count] == best)
    if let column { #expect(table[row][column] > table[row].last ?? 0) }
    #expect(choice.scores == table.map { $0.max() ?? 0 })
  }

  @Test func severalAccountsRunToConvergence() {
    // Given posts of two accounts, where the score is log P(account | post)
    let (mixture, initial) = Self.mixture(oneAccount: false)
    let table = mixture.heldOutCheckpointScores(
      initial: initial, grid: TopicMixture.smoothingGrid)
    // When λ is chosen
    let choice = mixture.selectSmoothing(initial: initial)
    // Then the fit runs to convergence, and λ is the best converged score's
    #expect(choice.iterations == nil)
    let converged = table.map { $0.last ?? 0 }
    #expect(choice.scores == converged)
    #expect(
      converged[TopicMixture.smoothingGrid.firstIndex(of: choice.smoothing) ?? 0] == converged.max()
    )
  }
}
