import FollowModel

extension TopicFocus {
  /// Theme mode: each post's themes are those with a matching term; its topic is the theme
  /// with the most term occurrences (the first given on a tie).
  static func themeAnalysis(
    _ considered: [Considered], accounts input: [AccountTopics], matcher: ThemeMatcher
  ) -> TopicAnalysis {
    let themeCount = matcher.themes.count
    var accounts = input
    var posts: [PostTopic] = []
    var assignedTotals = [Int](repeating: 0, count: themeCount)
    var byAccount = [[Int]](repeating: [], count: accounts.count)
    for (index, item) in considered.enumerated() {
      let counts = matcher.matchCounts(item.tokens)
      let matched = counts.indices.filter { counts[$0] > 0 }
      var best: Int?
      for t in matched where best.map({ counts[t] > counts[$0] }) ?? true { best = t }
      if let best { assignedTotals[best] += 1 }
      posts.append(
        PostTopic(
          postID: item.post.id, account: item.post.author, createdAt: item.post.createdAt,
          topic: best, probability: nil, themes: matched, excerpt: excerpt(item.tokens)))
      byAccount[item.account].append(index)
    }
    for a in accounts.indices {
      let mine = byAccount[a].map { posts[$0] }
      let n = mine.count
      guard n > 0 else { continue }
      var assigned = [Int](repeating: 0, count: themeCount)
      var matched = [Int](repeating: 0, count: themeCount)
      var onAny = 0
      for post in mine {
        if let topic = post.topic { assigned[topic] += 1 }
        for t in post.themes { matched[t] += 1 }
        if !post.themes.isEmpty { onAny += 1 }
      }
      let total = Double(n)
      accounts[a].topicShares = assigned.map { Double($0) / total }
      accounts[a].themeShares = matched.map { Double($0) / total }
      accounts[a].anyThemeShare = Double(onAny) / total
      var dominant: Int?
      for t in 0..<themeCount
      where assigned[t] > 0 && assigned[t] > dominant.map({ assigned[$0] }) ?? 0 {
        dominant = t
      }
      accounts[a].dominantTopic = dominant
      accounts[a].focus = dominant.map { Double(assigned[$0]) / total }
      accounts[a].postsInDominantTopic = dominant.map { assigned[$0] } ?? 0
      accounts[a].entropy =
        onAny > 0
        ? AccountTopics.normalizedEntropy(assigned.map(Double.init) + [Double(n - onAny)]) : nil
      accounts[a].offTopicPosts = mine.filter { $0.themes.isEmpty }
      var monthly = Self.monthly(mine, topic: nil) { !$0.themes.isEmpty }
      for t in 0..<themeCount {
        monthly += Self.monthly(mine, topic: t) { $0.themes.contains(t) }
      }
      accounts[a].monthly = monthly.sorted {
        $0.month != $1.month ? $0.month < $1.month : ($0.topic ?? -1) < ($1.topic ?? -1)
      }
    }
    let topics = matcher.themes.enumerated().map { index, theme in
      TopicSummary(
        id: index, label: theme.name, topTerms: theme.terms, posts: assignedTotals[index])
    }
    return TopicAnalysis(
      method: .themes, topics: topics, themes: matcher.themes, accounts: accounts, posts: posts,
      includesReposts: false)
  }
}
