import Foundation

/// The Mastodon REST API's own entities, as far as the fetch reads them (unknown fields are
/// ignored; keys are the API's snake_case, decoded with `.convertFromSnakeCase`).
public enum Mastodon {
  /// The `Account` entity (`/api/v1/accounts/:id`, list entries of `/followers`).
  public struct Account: Codable, Equatable, Sendable {
    /// The server's internal id (used in paths only; not the stable identity).
    public var id: String
    /// The user part.
    public var username: String?
    /// `user` for local accounts, `user@domain` for remote ones.
    public var acct: String
    /// The display name.
    public var displayName: String?
    /// The profile page.
    public var url: String?
    /// The ActivityPub id.
    public var uri: String?
    /// Whether the account is a bot.
    public var bot: Bool?
    /// When the account was created.
    public var createdAt: String?
    /// Followers, as the server knows them (negative when hidden).
    public var followersCount: Int?
    /// Followings (negative when hidden).
    public var followingCount: Int?
    /// Statuses posted.
    public var statusesCount: Int?
    /// The day of the last status.
    public var lastStatusAt: String?
    /// Whether the account is suspended (then its lists are empty).
    public var suspended: Bool?
    /// Whether the account hides its followers and followings from others.
    public var hideCollections: Bool?
  }

  /// The `Status` entity (`/api/v1/accounts/:id/statuses`).
  public struct Status: Codable, Equatable, Sendable {
    /// The status id.
    public var id: String
    /// When it was posted.
    public var createdAt: String
    /// The status replied to.
    public var inReplyToId: String?
    /// The HTML content.
    public var content: String?
    /// The language tag.
    public var language: String?
    /// The boosted status, when this status is a boost (a share).
    public var reblog: Reblog?
    /// Hashtags.
    public var tags: [Tag]?
    /// Mentioned accounts.
    public var mentions: [Mention]?
  }

  /// The boosted status of a boost, as far as the fetch needs it.
  public struct Reblog: Codable, Equatable, Sendable {
    /// The boosted status's id.
    public var id: String
    /// Its URL.
    public var url: String?
  }

  /// A `Tag` of a status.
  public struct Tag: Codable, Equatable, Sendable {
    /// The hashtag without `#`.
    public var name: String
  }

  /// A `Mention` of a status.
  public struct Mention: Codable, Equatable, Sendable {
    /// `user` or `user@domain`.
    public var acct: String
  }

  /// The decoder for Mastodon JSON.
  public static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()
}

/// The Bluesky AppView's own lexicon types, as far as the fetch reads them.
public enum Bluesky {
  /// The decoder for Bluesky JSON (the lexicons' keys are camelCase already).
  public static var decoder: JSONDecoder { JSONDecoder() }

  /// `app.bsky.actor.defs#profileView`: a list entry (no counts).
  public struct ProfileView: Codable, Equatable, Sendable {
    /// The account's DID: its stable identity.
    public var did: String
    /// The current handle.
    public var handle: String
    /// The display name.
    public var displayName: String?
    /// When the account was created.
    public var createdAt: String?
    /// Labels; `bot` marks an automated account.
    public var labels: [Label]?
  }

  /// `app.bsky.actor.defs#profileViewDetailed`: a profile with its counts.
  public struct ProfileViewDetailed: Codable, Equatable, Sendable {
    /// The DID.
    public var did: String
    /// The handle.
    public var handle: String
    /// The display name.
    public var displayName: String?
    /// Followers.
    public var followersCount: Int?
    /// Follows.
    public var followsCount: Int?
    /// Posts.
    public var postsCount: Int?
    /// When the account was created.
    public var createdAt: String?
    /// Labels.
    public var labels: [Label]?
  }

  /// `com.atproto.label.defs#label`, as far as read.
  public struct Label: Codable, Equatable, Sendable {
    /// The label value, such as `bot`.
    public var val: String
  }

  /// `app.bsky.graph.getFollowers#output`.
  public struct GetFollowersOutput: Codable, Equatable, Sendable {
    /// The accounts.
    public var followers: [ProfileView]
    /// The next page's cursor.
    public var cursor: String?
  }

  /// `app.bsky.graph.getFollows#output`.
  public struct GetFollowsOutput: Codable, Equatable, Sendable {
    /// The accounts.
    public var follows: [ProfileView]
    /// The next page's cursor.
    public var cursor: String?
  }

  /// `app.bsky.actor.getProfiles#output`.
  public struct GetProfilesOutput: Codable, Equatable, Sendable {
    /// The profiles found (unknown or deleted actors are absent).
    public var profiles: [ProfileViewDetailed]
  }

  /// `com.atproto.identity.resolveHandle#output`.
  public struct ResolveHandleOutput: Codable, Equatable, Sendable {
    /// The DID.
    public var did: String
  }

  /// `app.bsky.feed.getAuthorFeed#output`.
  public struct GetAuthorFeedOutput: Codable, Equatable, Sendable {
    /// The items.
    public var feed: [FeedViewPost]
    /// The next page's cursor.
    public var cursor: String?
  }

  /// `app.bsky.feed.defs#feedViewPost`.
  public struct FeedViewPost: Codable, Equatable, Sendable {
    /// The post.
    public var post: PostView
    /// Why it is in the feed: `app.bsky.feed.defs#reasonRepost` for a repost.
    public var reason: Reason?
  }

  /// `app.bsky.feed.defs#reasonRepost` and its siblings, by `$type`.
  public struct Reason: Codable, Equatable, Sendable {
    /// The lexicon type.
    public var type: String

    enum CodingKeys: String, CodingKey { case type = "$type" }
  }

  /// `app.bsky.feed.defs#postView`, as far as read.
  public struct PostView: Codable, Equatable, Sendable {
    /// The post's `at://` URI.
    public var uri: String
    /// The author.
    public var author: ProfileView
    /// The `app.bsky.feed.post` record.
    public var record: PostRecord
  }

  /// `app.bsky.feed.post`, as far as read.
  public struct PostRecord: Codable, Equatable, Sendable {
    /// The text.
    public var text: String?
    /// When the author says it was written.
    public var createdAt: String
    /// Language tags.
    public var langs: [String]?
    /// Present on replies.
    public var reply: ReplyRef?
  }

  /// `app.bsky.feed.post#replyRef`, as far as read.
  public struct ReplyRef: Codable, Equatable, Sendable {
    /// The post replied to.
    public var parent: StrongRef
  }

  /// `com.atproto.repo.strongRef`.
  public struct StrongRef: Codable, Equatable, Sendable {
    /// The record's URI.
    public var uri: String
  }
}
