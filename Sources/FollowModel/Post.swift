import Foundation

/// One post (tweet, toot, skeet) with the entities the export names.
public struct Post: Hashable, Sendable {
  /// The platform's id of the post, unique within its network.
  public var id: String
  /// The author.
  public var author: AccountID
  /// When the post was published (UTC).
  public var createdAt: Date
  /// The text as the platform stores it (Mastodon posts are HTML).
  public var text: String
  /// The language tag the platform gives, when any.
  public var language: String?
  /// Whether the post replies to another post.
  public var isReply: Bool
  /// Whether the post is a repost (retweet, boost) of someone else's post.
  public var isRepost: Bool
  /// Whether the record is a share rather than a post of the author's own.
  ///
  /// A share is a Mastodon boost
  /// (`Announce`) or a Bluesky repost record. An X retweet is a tweet of its own in the
  /// archive's `tweets.js`, so it is a repost but not a share.
  public var isShare: Bool
  /// The id of the post replied to, when known.
  public var replyToID: String?
  /// Hashtags without `#`, as the export lists them.
  public var hashtags: [String]
  /// Mentioned handles without `@`.
  public var mentions: [String]
  /// Links, expanded when the export gives the expanded form.
  public var urls: [String]

  /// Creates a post.
  ///
  /// - Parameters:
  ///   - id: The platform's post id.
  ///   - author: The author.
  ///   - createdAt: The publication time.
  ///   - text: The text.
  ///   - language: The language tag.
  ///   - isReply: Whether it is a reply.
  ///   - isRepost: Whether it is a repost.
  ///   - replyToID: The id of the post replied to.
  ///   - hashtags: Hashtags without `#`.
  ///   - mentions: Mentioned handles without `@`.
  ///   - urls: Links.
  ///   - isShare: Whether the record is a share (boost, repost record), not a post of its own.
  public init(
    id: String, author: AccountID, createdAt: Date, text: String, language: String? = nil,
    isReply: Bool = false, isRepost: Bool = false, replyToID: String? = nil,
    hashtags: [String] = [], mentions: [String] = [], urls: [String] = [], isShare: Bool = false
  ) {
    self.id = id
    self.author = author
    self.createdAt = createdAt
    self.text = text
    self.language = language
    self.isReply = isReply
    self.isRepost = isRepost
    self.replyToID = replyToID
    self.hashtags = hashtags
    self.mentions = mentions
    self.urls = urls
    self.isShare = isShare
  }
}
