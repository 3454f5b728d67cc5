import FollowModel
import Testing

@testable import FollowAnalysis

/// Stability across subsamples, the `--topics auto` rule tried and not adopted: the pieces it
/// is made of.
struct TopicStabilityTests {
  @Test func averageJaccardAveragesTheOverlapAtEveryDepth() {
    #expect(TopicMatching.averageJaccard([1, 2, 3], [1, 2, 3]) == 1)
    #expect(TopicMatching.averageJaccard([1, 2], [3, 4]) == 0)
    // depth 1: {1} vs {2} → 0; depth 2: {1,2} vs {2,1} → 1
    #expect(TopicMatching.averageJaccard([1, 2], [2, 1]) == 0.5)
  }

  @Test func theMatchingMaximisesTheTotalAgreement() {
    // Greedy would take 0.9 (row 0 → column 0) and leave 0.1; the best pairing sums 1.6.
    let score = [[0.9, 0.8], [0.8, 0.1]]
    #expect(TopicMatching.bestAssignment(score) == [1, 0])
    #expect(
      TopicMatching.bestAssignment([[0.2, 0.1, 0.9], [0.7, 0.3, 0.2], [0.1, 0.8, 0.3]]) == [
        2, 0, 1,
      ])
    #expect(TopicMatching.agreement([[1, 2], [3, 4]], [[3, 4], [1, 2]]) == 1)
  }

  @Test func subsamplesAreSeededSortedAndFourFifths() {
    let first = TopicDiscovery.stabilitySubsamples(rows: 50)
    #expect(first == TopicDiscovery.stabilitySubsamples(rows: 50))
    #expect(first.count == 4)
    for sample in first {
      #expect(sample.count == 40)
      #expect(sample == sample.sorted())
      #expect(Set(sample).count == 40)
    }
    #expect(first[0] != first[1])
  }

  /// Three topics of disjoint words: three topics are found again from every subsample.
  @Test func threeDisjointTopicsAreFullyStableAtThree() {
    let topics = [
      ["cat", "kitten", "purr", "whisker", "nap", "paw"],
      ["stock", "market", "share", "bond", "yield", "fund"],
      ["goal", "match", "striker", "keeper", "league", "pitch"],
    ]
    var random = SplitMix64(seed: 3)
    let documents = (0..<90).map { i in
      (0..<4).map { _ in topics[i % 3][Int(random.next() % 6)] }
    }
    let scores = TopicDiscovery.topicCountStability(documents: documents, candidates: [3])
    #expect(scores[0].posts.mean > 0.99, "\(scores[0].posts)")
  }
}
