import FollowModel

extension TopicFocus {
  /// Discovery mode: topics from ``TopicDiscovery``; an account's shares are the model's
  /// estimate, each post's topic its most probable one.
  static func discoveredAnalysis(
    _ considered: [Considered], accounts input: [AccountTopics], k: Int
  ) -> TopicAnalysis {
    var accounts = input
    let found = TopicDiscovery.run(
      documents: considered.map(\.tokens.terms), groups: considered.map(\.account),
      groupCount: accounts.count, k: k)
    var posts: [PostTopic] = []
    var assignedTotals = [Int](repeating: 0, count: found.topics.count)
    var byAccount = [[Int]](repeating: [], count: accounts.count)
    for (index, item) in considered.enumerated() {
      let topic = found.postTopics[index]
      if let topic { assignedTotals[topic] += 1 }
      posts.append(
        PostTopic(
          postID: item.post.id, account: item.post.author, createdAt: item.post.createdAt,
          topic: topic, probability: found.postProbabilities[index], themes: [],
          excerpt: excerpt(item.tokens)))
      byAccount[item.account].append(index)
    }
    for a in accounts.indices where accounts[a].posts > 0 && !found.topics.isEmpty {
      let shares = found.accountShares[a]
      var dominant = 0
      for t in shares.indices where shares[t] > shares[dominant] { dominant = t }
      let mine = byAccount[a].map { posts[$0] }
      accounts[a].topicShares = shares
      accounts[a].dominantTopic = dominant
      accounts[a].focus = shares[dominant]
      accounts[a].entropy = AccountTopics.normalizedEntropy(shares)
      accounts[a].postsInDominantTopic = mine.filter { $0.topic == dominant }.count
      accounts[a].offTopicPosts = mine.filter { $0.topic != dominant }
      accounts[a].monthly = Self.monthly(mine, topic: dominant) { $0.topic == dominant }
    }
    let topics = found.topics.map { topic in
      TopicSummary(
        id: topic.id,
        label: topic.topTerms.isEmpty
          ? "topic \(topic.id)" : topic.topTerms.prefix(3).joined(separator: ", "),
        topTerms: topic.topTerms, posts: assignedTotals[topic.id])
    }
    return TopicAnalysis(
      method: .discovered(smoothing: found.smoothing, vocabularySize: found.vocabularySize),
      topics: topics, themes: [], accounts: accounts, posts: posts, includesReposts: false)
  }
}
