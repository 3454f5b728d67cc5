import FollowAnalysis
import FollowModel
import Testing

/// `--topics auto`: the number of topics chosen without labels.
struct TopicCountChoiceTests {
  @Test func theFirstPeakWinsAndItsBetterNeighbourIsTheRunnerUp() {
    let choice = TopicCountChoice(
      candidates: [2, 3, 4, 5, 6], scores: [-10, -4, -5, -7, -1], criterion: "test")
    // 3 is the first peak, even though 6 scores higher later
    #expect(choice.chosen == 3)
    #expect(choice.runnerUp == 4)
    // A step that does not improve ends the climb
    let flat = TopicCountChoice(candidates: [2, 3, 4], scores: [-10, -4, -4], criterion: "test")
    #expect(flat.chosen == 3)
    // Every step improving: the last
    let rising = TopicCountChoice(candidates: [2, 3, 4], scores: [-9, -8, -7], criterion: "test")
    #expect(rising.chosen == 4)
    #expect(rising.runnerUp == 3)
    #expect(TopicCountChoice(candidates: [2], scores: [1], criterion: "test").runnerUp == nil)
  }

  @Test func candidatesGrowWithThePosts() {
    #expect(TopicDiscovery.topicCountCandidates(posts: 10) == [2])
    #expect(TopicDiscovery.topicCountCandidates(posts: 100) == [2, 3, 4])
    #expect(TopicDiscovery.topicCountCandidates(posts: 10_000).last == 25)
  }

  /// Three topics of disjoint words, 30 posts each, words drawn at random within a topic: too few topics blur two of them, more
  /// than three only split a topic, so held-out posts are most probable under three.
  @Test func findsThreeTopicsInThreeTopicPosts() {
    let topics = [
      ["cat", "kitten", "purr", "whisker", "nap", "paw"],
      ["stock", "market", "share", "bond", "yield", "fund"],
      ["goal", "match", "striker", "keeper", "league", "pitch"],
    ]
    var random = SplitMix64(seed: 3)
    var documents: [[String]] = []
    for i in 0..<90 {
      let words = topics[i % 3]
      documents.append((0..<4).map { _ in words[Int(random.next() % 6)] })
    }
    let choice = TopicDiscovery.chooseTopicCount(
      documents: documents, groups: documents.map { _ in 0 }, groupCount: 1,
      candidates: [2, 3, 4, 5, 6])
    #expect(choice.chosen == 3, "scores \(choice.scores)")
    // Scoring stopped after the first candidate that did not improve
    #expect(choice.candidates == [2, 3, 4])
  }
}
