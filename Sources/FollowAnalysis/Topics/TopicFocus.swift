import FollowModel
import Foundation

/// Computes topic focus: per account, how its posts spread over themes or discovered topics,
/// how that changes month by month, and which posts drift off.
public enum TopicFocus {
  /// One considered post, tokenized.
  struct Considered {
    let post: Post
    let account: Int
    let tokens: TokenizedPost
  }

  /// How many characters of a post an excerpt keeps.
  public static let excerptLength = 100

  /// Analyses posts.
  ///
  /// Posts are ordered by account (network, then id) and date, so that results never depend
  /// on input order. Reposts are left out unless ``TopicOptions/includeReposts`` is set;
  /// posts with nothing to analyse are left out and counted.
  ///
  /// - Parameters:
  ///   - posts: The posts, any order.
  ///   - options: Themes or the number of topics, and whether reposts count.
  /// - Returns: The analysis.
  /// - Throws: ``AnalysisError`` for an unusable theme term or topic count.
  /// - Complexity: Tokenizing O(*characters*); themes O(*words* · *terms*); discovery as
  ///   ``TopicDiscovery/run(documents:groups:groupCount:k:)``.
  public static func analyze(posts: [Post], options: TopicOptions) throws -> TopicAnalysis {
    if let k = options.topics, !options.choosesTopicCount,
      !(1...TopicOptions.maximumTopics).contains(k)
    {
      throw AnalysisError.invalidTopicCount(k)
    }
    let tokenizer = PostTokenizer()
    let matcher =
      options.themes.isEmpty ? nil : try ThemeMatcher(themes: options.themes, tokenizer: tokenizer)
    let ordered = posts.sorted(by: postOrder)
    var accounts: [AccountTopics] = []
    var considered: [Considered] = []
    for post in ordered {
      if accounts.last?.account != post.author {
        accounts.append(AccountTopics(account: post.author))
      }
      let a = accounts.count - 1
      accounts[a].postsTotal += 1
      if post.isRepost && !options.includeReposts {
        accounts[a].repostsExcluded += 1
        continue
      }
      let tokens = tokenizer.tokenize(post)
      if tokens.isEmpty {
        accounts[a].emptyPosts += 1
        continue
      }
      accounts[a].posts += 1
      accounts[a].urls += tokens.urlCount
      accounts[a].mentions += tokens.mentionCount
      considered.append(Considered(post: post, account: a, tokens: tokens))
    }
    var analysis: TopicAnalysis
    if let matcher {
      analysis = themeAnalysis(considered, accounts: accounts, matcher: matcher)
    } else {
      var k = options.topics ?? TopicOptions.defaultTopicCount(posts: considered.count)
      var choice: TopicCountChoice?
      if options.choosesTopicCount {
        let made = TopicDiscovery.chooseTopicCount(
          documents: considered.map(\.tokens.terms), groups: considered.map(\.account),
          groupCount: accounts.count)
        k = made.chosen
        choice = made
      }
      analysis = discoveredAnalysis(considered, accounts: accounts, k: k)
      analysis.requestedTopics = k
      analysis.topicCountChoice = choice
    }
    analysis.includesReposts = options.includeReposts
    let display = DisplayForms(considered.map(\.tokens))
    DistinctiveTerms.fill(
      &analysis.accounts, considered: considered, terms: options.distinctiveTermCount,
      hashtags: options.distinctiveHashtagCount)
    for a in analysis.accounts.indices {
      analysis.accounts[a].distinctiveTerms = analysis.accounts[a].distinctiveTerms.map(
        display.callAsFunction)
    }
    if !analysis.usesThemes {
      for t in analysis.topics.indices {
        let terms = analysis.topics[t].topTerms.map(display.callAsFunction)
        analysis.topics[t].topTerms = terms
        if !terms.isEmpty { analysis.topics[t].label = terms.prefix(3).joined(separator: ", ") }
      }
    }
    return analysis
  }

  /// Account (network, then id in ``NativeIDOrder``), then date, then post id.
  static func postOrder(_ a: Post, _ b: Post) -> Bool {
    if a.author != b.author {
      if a.author.network != b.author.network { return a.author.network < b.author.network }
      return NativeIDOrder.areInIncreasingOrder(a.author.value, b.author.value)
    }
    if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
    return NativeIDOrder.areInIncreasingOrder(a.id, b.id)
  }

  /// The post's text on one line, cut to ``excerptLength`` characters.
  static func excerpt(_ tokens: TokenizedPost) -> String {
    let text = tokens.plainText
    guard text.count > excerptLength else { return text }
    return String(text.prefix(excerptLength - 1)) + "…"
  }

  /// Month-by-month counts of posts and of posts for which `onTopic` holds.
  static func monthly(
    _ posts: [PostTopic], topic: Int?, onTopic: (PostTopic) -> Bool
  ) -> [MonthlyShare] {
    var byMonth: [String: (posts: Int, on: Int)] = [:]
    for post in posts {
      let month = UTCTime.month(post.createdAt)
      var entry = byMonth[month] ?? (0, 0)
      entry.posts += 1
      if onTopic(post) { entry.on += 1 }
      byMonth[month] = entry
    }
    return byMonth.keys.sorted().map { month in
      let entry = byMonth[month] ?? (0, 0)
      return MonthlyShare(month: month, topic: topic, posts: entry.posts, onTopicPosts: entry.on)
    }
  }
}
