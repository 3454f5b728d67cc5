import FollowModel
import Foundation

/// What `followgraph topics` computes: topics (the user's themes or discovered ones), each
/// account's focus and drift, and each considered post's topic.
public struct TopicAnalysis: Sendable {
  /// How topics were obtained.
  public enum Method: Equatable, Sendable {
    /// The user's themes; a post is on a theme when one of its terms occurs.
    case themes
    /// Discovered: TF-IDF, NMF with NNDSVD, then the per-account mixture with smoothing λ.
    case discovered(smoothing: Double, vocabularySize: Int)
  }

  /// How topics were obtained.
  public var method: Method
  /// The topics, by id.
  public var topics: [TopicSummary]
  /// The themes, in theme mode (topic `i` is theme `i`).
  public var themes: [Theme]
  /// One entry per account with posts, sorted by network and id.
  public var accounts: [AccountTopics]
  /// Every considered post with its topic, in account order, then by date.
  public var posts: [PostTopic]
  /// Whether reposts were counted.
  public var includesReposts: Bool
  /// The number of topics asked for (discovered topics); fewer are found when the posts
  /// share too few terms.
  public var requestedTopics: Int?
  /// How the number of topics was chosen, when it was chosen from the posts (`--topics auto`).
  public var topicCountChoice: TopicCountChoice?

  /// Creates an analysis.
  ///
  /// - Parameters:
  ///   - method: How topics were obtained.
  ///   - topics: The topics.
  ///   - themes: The themes (theme mode).
  ///   - accounts: Per-account figures.
  ///   - posts: Considered posts with their topics.
  ///   - includesReposts: Whether reposts were counted.
  public init(
    method: Method, topics: [TopicSummary], themes: [Theme], accounts: [AccountTopics],
    posts: [PostTopic], includesReposts: Bool
  ) {
    self.method = method
    self.topics = topics
    self.themes = themes
    self.accounts = accounts
    self.posts = posts
    self.includesReposts = includesReposts
  }

  /// Whether topics are the user's themes.
  public var usesThemes: Bool { method == .themes }
}

/// One topic: a theme, or a discovered topic labelled by its top terms.
public struct TopicSummary: Equatable, Sendable {
  /// The id: the theme's position, or the discovered topic's rank by size.
  public var id: Int
  /// The theme's name, or the top three terms of a discovered topic.
  public var label: String
  /// The theme's terms, or the terms that characterise the discovered topic, best first.
  public var topTerms: [String]
  /// Considered posts whose (most probable) topic this is.
  public var posts: Int

  /// Creates a summary.
  ///
  /// - Parameters:
  ///   - id: The id.
  ///   - label: The label.
  ///   - topTerms: The top terms.
  ///   - posts: Posts assigned.
  public init(id: Int, label: String, topTerms: [String], posts: Int) {
    self.id = id
    self.label = label
    self.topTerms = topTerms
    self.posts = posts
  }
}

/// A considered post and its topic.
public struct PostTopic: Equatable, Sendable {
  /// The post's id.
  public var postID: String
  /// Its author.
  public var account: AccountID
  /// When it was published.
  public var createdAt: Date
  /// Its topic: the matched theme with most term occurrences (`nil`: off every theme), or
  /// the most probable discovered topic.
  public var topic: Int?
  /// The model's probability of that topic (discovered topics only).
  public var probability: Double?
  /// The themes the post is on (theme mode).
  public var themes: [Int]
  /// A one-line excerpt of the text.
  public var excerpt: String

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - postID: The post id.
  ///   - account: The author.
  ///   - createdAt: The publication time.
  ///   - topic: The topic.
  ///   - probability: Its probability.
  ///   - themes: Matched themes.
  ///   - excerpt: An excerpt.
  public init(
    postID: String, account: AccountID, createdAt: Date, topic: Int?, probability: Double?,
    themes: [Int], excerpt: String
  ) {
    self.postID = postID
    self.account = account
    self.createdAt = createdAt
    self.topic = topic
    self.probability = probability
    self.themes = themes
    self.excerpt = excerpt
  }
}

/// The share of one month's posts on a topic (or on any theme).
public struct MonthlyShare: Equatable, Sendable {
  /// The UTC month, `YYYY-MM`.
  public var month: String
  /// The topic, or `nil` for "any theme".
  public var topic: Int?
  /// Considered posts that month.
  public var posts: Int
  /// Of those, posts on the topic.
  public var onTopicPosts: Int

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - month: The month.
  ///   - topic: The topic, `nil` for any theme.
  ///   - posts: Posts that month.
  ///   - onTopicPosts: Posts on the topic.
  public init(month: String, topic: Int?, posts: Int, onTopicPosts: Int) {
    self.month = month
    self.topic = topic
    self.posts = posts
    self.onTopicPosts = onTopicPosts
  }

  /// onTopicPosts / posts.
  public var share: Double? { posts > 0 ? Double(onTopicPosts) / Double(posts) : nil }
}
