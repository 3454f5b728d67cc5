import FollowAnalysis
import Testing

/// Topic discovery on a hand-made corpus with a known answer.
struct TopicMixtureTests {
  /// Two accounts, two clear topics: `a` posts 16 of 20 times about cats, `b` 4 of 20 times.
  static func corpus() -> (documents: [[String]], groups: [Int]) {
    let cats = [
      ["cat", "kitten", "purr"], ["cat", "whisker", "kitten"], ["purr", "cat", "nap"],
      ["kitten", "whisker", "nap"],
    ]
    let stocks = [
      ["stock", "market", "share"], ["market", "bond", "yield"], ["share", "stock", "yield"],
      ["bond", "market", "stock"],
    ]
    var documents: [[String]] = []
    var groups: [Int] = []
    for (account, catPosts) in [(0, 16), (1, 4)] {
      for i in 0..<20 {
        documents.append(i < catPosts ? cats[i % 4] : stocks[i % 4])
        groups.append(account)
      }
    }
    return (documents, groups)
  }

  @Test func recoversTheTopicsAndEachAccountsShare() {
    // When two topics are discovered
    let (documents, groups) = Self.corpus()
    let found = TopicDiscovery.run(documents: documents, groups: groups, groupCount: 2, k: 2)
    // Then every cat post shares one topic, every stock post the other
    let catTopic = found.postTopics[0]
    for (d, document) in documents.enumerated() {
      let isCat = ["cat", "kitten", "purr", "whisker", "nap"].contains(document[0])
      #expect((found.postTopics[d] == catTopic) == isCat, "post \(d)")
    }
    // And the estimated shares are the true 0.8 and 0.2 up to the one-post prior
    let cat = catTopic ?? 0
    #expect(abs(found.accountShares[0][cat] - 0.8) < 0.02)
    #expect(abs(found.accountShares[1][cat] - 0.2) < 0.02)
    #expect(found.topics.map(\.id) == [0, 1])
    #expect(
      Set(found.topics[cat].topTerms.prefix(3)).isSubset(of: [
        "cat", "kitten", "purr", "whisker", "nap",
      ]))
  }

  @Test func noTermsInCommonMeansNoTopics() {
    // Posts that share no term leave an empty vocabulary (min 2 posts per term)
    let found = TopicDiscovery.run(
      documents: [["a1"], ["b2"], []], groups: [0, 0, 1], groupCount: 2, k: 3)
    #expect(found.topics.isEmpty)
    #expect(found.postTopics == [nil, nil, nil])
  }
}
