import FollowModel

/// What `followgraph topics` is asked for.
public struct TopicOptions: Sendable {
  /// The user's themes; when empty, topics are discovered.
  public var themes: [Theme]
  /// The number of topics to discover; `nil` for ``defaultTopicCount(posts:)``.
  public var topics: Int?
  /// Whether the number of topics is chosen from the posts (`--topics auto`, see
  /// ``TopicDiscovery/chooseTopicCount(documents:groups:groupCount:candidates:)``);
  /// ``topics`` is then ignored.
  public var choosesTopicCount = false
  /// Whether reposts (retweets, boosts) count as the account's own posts.
  public var includeReposts: Bool
  /// How many distinctive terms to list per account.
  public var distinctiveTermCount = 10
  /// How many distinctive hashtags to list per account.
  public var distinctiveHashtagCount = 5

  /// The most topics discovery accepts.
  public static let maximumTopics = 100

  /// Creates options.
  ///
  /// - Parameters:
  ///   - themes: The themes (empty: discover topics).
  ///   - topics: The number of topics to discover.
  ///   - includeReposts: Whether reposts count.
  ///   - choosesTopicCount: Whether to choose the number of topics from the posts.
  public init(
    themes: [Theme] = [], topics: Int? = nil, includeReposts: Bool = false,
    choosesTopicCount: Bool = false
  ) {
    self.themes = themes
    self.topics = topics
    self.includeReposts = includeReposts
    self.choosesTopicCount = choosesTopicCount
  }

  /// The default number of topics: one per 100 considered posts, at least 2 and at most 8.
  ///
  /// Eight topics separate the main interests of a typical archive (a few thousand posts)
  /// while leaving each topic a few hundred posts, enough for stable term lists; small sets
  /// get fewer topics so that each still has about a hundred posts.
  ///
  /// - Parameter posts: Considered posts.
  /// - Returns: The number of topics.
  public static func defaultTopicCount(posts: Int) -> Int {
    min(8, max(2, posts / 100))
  }
}
