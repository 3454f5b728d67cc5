import FollowAnalysis
import FollowModel

/// Renders `followgraph topics` as text, and the topic section of `summary.txt`.
public enum TopicsTextRenderer {
  /// The full text: method, topics, then each account's figures, drift and off-topic posts.
  ///
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - names: Handles.
  ///   - listLimit: The most off-topic posts listed per account (`nil`: all).
  /// - Returns: The text.
  public static func text(_ analysis: TopicAnalysis, names: AccountNames, listLimit: Int?) -> String
  {
    var out = header(analysis)
    let topics = topicsTable(analysis)
    if !topics.isEmpty { out += "\n" + topics }
    if analysis.accounts.isEmpty {
      out += "\nNo posts to analyse: import an export with posts, or a posts CSV.\n"
    }
    for account in analysis.accounts {
      out += "\n" + accountText(account, analysis, names: names, listLimit: listLimit)
    }
    return out
  }

  /// The first line: what was analysed and how.
  static func header(_ analysis: TopicAnalysis) -> String {
    let reposts =
      analysis.includesReposts
      ? "reposts included" : "reposts excluded; --include-reposts counts them"
    let posts = NumberText.grouped(analysis.posts.count)
    switch analysis.method {
    case .themes:
      let names = analysis.themes.map(\.name).joined(separator: ", ")
      return "Topic focus on themes \(names): \(posts) posts considered (\(reposts))\n"
    case .discovered(let smoothing, let vocabulary):
      let count = analysis.topics.count
      guard count > 0 else {
        return analysis.posts.isEmpty
          ? "Topic focus: no posts to analyse (\(reposts))\n"
          : "Topic focus: no topics in \(posts) posts: no term occurs in two posts or more "
            + "(\(reposts))\n"
      }
      var fewer = ""
      if let asked = analysis.requestedTopics, asked > count {
        fewer =
          "\n  \(asked) asked for; the posts share too few terms (in two posts or more) for more"
      }
      if let choice = analysis.topicCountChoice {
        fewer +=
          "\n  number of topics chosen from the posts: \(choice.chosen)"
          + (choice.runnerUp.map { " (runner-up: \($0))" } ?? "") + ", by \(choice.criterion)"
      }
      return "Topic focus: \(count) topic\(count == 1 ? "" : "s") discovered in \(posts) posts "
        + "(\(reposts))\(fewer)\n  method: TF-IDF over \(NumberText.grouped(vocabulary)) terms, "
        + "NMF with NNDSVD, then a per-account topic mixture (smoothing λ = "
        + "\(NumberText.fixed(smoothing, decimals: 1)), chosen on held-out posts)\n"
    }
  }

  /// The topics with their sizes and terms.
  static func topicsTable(_ analysis: TopicAnalysis) -> String {
    guard !analysis.topics.isEmpty else { return "" }
    let out = analysis.usesThemes ? "Themes\n" : "Topics\n"
    var table = TextTable(rightAligned: [0, 1])
    table.add("id", "posts", analysis.usesThemes ? "theme: terms" : "label: top terms")
    for topic in analysis.topics {
      table.add(
        String(topic.id), NumberText.grouped(topic.posts),
        "\(topic.label): \(topic.topTerms.joined(separator: " "))")
    }
    return out + table.render()
  }

  /// One account's section.
  static func accountText(
    _ a: AccountTopics, _ analysis: TopicAnalysis, names: AccountNames, listLimit: Int?
  ) -> String {
    var out = "Account \(names.label(of: a.account))\n"
    var table = TextTable()
    var leftOut: [String] = []
    if a.repostsExcluded > 0 {
      leftOut.append(
        "\(NumberText.grouped(a.repostsExcluded)) repost\(a.repostsExcluded == 1 ? "" : "s")")
    }
    if a.emptyPosts > 0 { leftOut.append("\(NumberText.grouped(a.emptyPosts)) without text") }
    table.add(
      "posts",
      "\(NumberText.grouped(a.posts)) considered of \(NumberText.grouped(a.postsTotal))"
        + (leftOut.isEmpty ? "" : " (left out: \(leftOut.joined(separator: ", ")))"))
    if let shares = a.themeShares {
      let perTheme = zip(analysis.themes, shares).map { "\($0.name) \(NumberText.percent($1))" }
      table.add(
        "on-theme share",
        (perTheme + ["any \(NumberText.percent(a.anyThemeShare))"]).joined(separator: ", "))
    }
    table.add(
      analysis.usesThemes ? "dominant theme" : "dominant topic",
      a.dominantTopic.map { "\($0) \(analysis.topics[$0].label)" } ?? "none")
    table.add("focus", NumberText.percent(a.focus) + "  (share of posts in the dominant topic)")
    table.add(
      "entropy", NumberText.fixed(a.entropy, decimals: 3) + "  (0 = one topic, 1 = evenly spread)")
    if !analysis.usesThemes && !a.topicShares.isEmpty {
      table.add(
        "topic shares",
        a.topicShares.enumerated().map { "\($0) \(NumberText.percent($1))" }.joined(separator: ", ")
      )
    }
    table.add(
      "distinctive terms",
      a.distinctiveTerms.isEmpty ? "none" : a.distinctiveTerms.joined(separator: " "))
    table.add(
      "distinctive tags",
      a.distinctiveHashtags.isEmpty ? "none" : a.distinctiveHashtags.joined(separator: " "))
    table.add(
      "removed", "\(NumberText.grouped(a.urls)) links, \(NumberText.grouped(a.mentions)) mentions")
    out += table.render()
    out += monthlyText(a, analysis)
    out += offTopicText(a, analysis, listLimit: listLimit)
    return out
  }

  /// Month by month: the share on any theme (themes) or on the dominant topic.
  static func monthlyText(_ a: AccountTopics, _ analysis: TopicAnalysis) -> String {
    let wanted = analysis.usesThemes ? nil : a.dominantTopic
    let rows = a.monthly.filter { $0.topic == wanted }
    guard !rows.isEmpty else { return "" }
    var out =
      analysis.usesThemes
      ? "  monthly share on any theme\n" : "  monthly share in the dominant topic\n"
    var table = TextTable(rightAligned: [1])
    for m in rows {
      table.add(
        m.month, NumberText.percent(m.share),
        "\(NumberText.grouped(m.onTopicPosts)) of \(NumberText.grouped(m.posts)) posts")
    }
    out += table.render(indent: "    ")
    return out
  }

  /// The posts that drift off, newest last.
  static func offTopicText(_ a: AccountTopics, _ analysis: TopicAnalysis, listLimit: Int?) -> String
  {
    guard !a.offTopicPosts.isEmpty else { return "" }
    let title = analysis.usesThemes ? "off-theme posts" : "posts outside the dominant topic"
    let shown = listLimit.map { Array(a.offTopicPosts.prefix($0)) } ?? a.offTopicPosts
    var out = "  \(title) (\(NumberText.grouped(a.offTopicPosts.count))"
    out +=
      shown.count < a.offTopicPosts.count
      ? ", showing \(shown.count); --limit 0 lists all)\n" : ")\n"
    for post in shown {
      let topic = post.topic.map { " [\($0)]" } ?? ""
      out += "    \(UTCTime.day(post.createdAt))  \(post.postID)\(topic)  \(post.excerpt)\n"
    }
    return out
  }

  /// The section of `summary.txt`: method, topics and one line per account.
  ///
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - names: Handles.
  /// - Returns: The text.
  public static func summarySection(_ analysis: TopicAnalysis, names: AccountNames) -> String {
    var out = header(analysis)
    let topics = topicsTable(analysis)
    if !topics.isEmpty { out += "\n" + topics }
    guard !analysis.accounts.isEmpty else {
      return out + "\nNo posts to analyse.\n"
    }
    out += "\nAccounts\n"
    var table = TextTable(rightAligned: [1, 2, 3])
    table.add(
      "account", "posts", "focus", "entropy",
      analysis.usesThemes ? "dominant theme" : "dominant topic",
      analysis.usesThemes ? "on any theme" : "")
    for a in analysis.accounts {
      table.add(
        names.label(of: a.account), NumberText.grouped(a.posts), NumberText.percent(a.focus),
        NumberText.fixed(a.entropy, decimals: 3),
        a.dominantTopic.map { "\($0) \(analysis.topics[$0].label)" } ?? "none",
        analysis.usesThemes ? NumberText.percent(a.anyThemeShare) : "")
    }
    out += table.render()
    return out
  }
}
