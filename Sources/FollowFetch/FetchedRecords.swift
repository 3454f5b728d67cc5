import FollowModel
import Foundation

/// An account as a fetch saw it, in the form the checkpoint pages keep.
public struct FetchedAccount: Codable, Equatable, Sendable {
  /// The stable id: Mastodon `user@host`, Bluesky DID.
  public var nativeID: String
  /// The id to use in API paths (Mastodon's server-local id; the DID on Bluesky).
  public var apiID: String
  /// The handle.
  public var handle: String?
  /// The display name.
  public var displayName: String?
  /// Followers count.
  public var followers: Int?
  /// Following count.
  public var following: Int?
  /// Posts count.
  public var posts: Int?
  /// The bot flag.
  public var bot: Bool?
  /// When created (ISO text as the API gave it).
  public var createdAt: String?
  /// When it last posted, where the API says (Mastodon `last_status_at`).
  public var lastPostAt: String?
  /// Whether the profile hides its followers: a negative count, or Mastodon
  /// `hide_collections`; `nil` when it does not say so.
  public var followersHidden: Bool?
  /// Whether the profile hides its followings (as ``followersHidden``).
  public var followingHidden: Bool?

  /// Whether an empty `kind` list of this account is hidden rather than empty: the profile
  /// counts some (a positive count), or hides the count or the list.
  ///
  /// - Parameter kind: The list.
  /// - Returns: `true` when an empty list must be recorded as unknown.
  public func emptyListIsHidden(_ kind: ListKind) -> Bool {
    switch kind {
    case .followers: (followers ?? 0) > 0 || followersHidden == true
    case .following: (following ?? 0) > 0 || followingHidden == true
    }
  }

  /// The model's account for network `network`.
  ///
  /// - Parameter network: The account's network.
  /// - Returns: The account.
  public func account(network: Network) -> Account {
    Account(
      id: AccountID(network: network, value: nativeID), handle: handle,
      displayName: displayName.flatMap { $0.isEmpty ? nil : $0 }, followersCount: followers,
      followingCount: following, postsCount: posts, isBot: bot,
      createdAt: createdAt.flatMap(UTCTime.parse), lastPostAt: lastPostAt.flatMap(UTCTime.parse))
  }
}

/// A post as a fetch saw it.
public struct FetchedPost: Codable, Equatable, Sendable {
  /// The platform's id (Mastodon status id, Bluesky `at://` URI).
  public var id: String
  /// When it was posted.
  public var createdAt: String
  /// The text (HTML on Mastodon).
  public var text: String
  /// The language tag.
  public var language: String?
  /// The post replied to.
  public var replyToID: String?
  /// Whether it is a boost or repost: a share of someone else's post.
  public var isShare: Bool
  /// Hashtags.
  public var hashtags: [String]
  /// Mentioned accounts.
  public var mentions: [String]

  /// The model's post by `author`.
  ///
  /// - Parameter author: The owner.
  /// - Returns: The post, or `nil` when its time does not parse.
  public func post(author: AccountID) -> Post? {
    guard let date = UTCTime.parse(createdAt) else { return nil }
    return Post(
      id: id, author: author, createdAt: date, text: text, language: language,
      isReply: replyToID != nil, isRepost: isShare, replyToID: replyToID, hashtags: hashtags,
      mentions: mentions, isShare: isShare)
  }
}

/// One page of a list: what it held and where the next one is.
public struct FetchedPage: Codable, Equatable, Sendable {
  /// The accounts on the page.
  public var accounts: [FetchedAccount] = []
  /// The posts on the page.
  public var posts: [FetchedPost] = []
  /// The next page: an absolute URL (Mastodon `Link`) or a cursor (Bluesky); `nil` at the end.
  public var next: String?
  /// The URL the page came from.
  public var url: String = ""
  /// When the fetch started (on its first page only), for the snapshot's time.
  public var observedAt: String?
  /// Why the list ended here early, when it did.
  public var warning: FetchWarning?
  /// Of the accounts looked up on this page (lists `gone-N`), those whose profile no longer
  /// resolves; `nil` on list pages.
  public var gone: [GoneAccount]?

  /// Creates a page.
  public init(
    accounts: [FetchedAccount] = [], posts: [FetchedPost] = [], next: String? = nil,
    url: String = "", observedAt: String? = nil, warning: FetchWarning? = nil,
    gone: [GoneAccount]? = nil
  ) {
    self.gone = gone
    self.accounts = accounts
    self.posts = posts
    self.next = next
    self.url = url
    self.observedAt = observedAt
    self.warning = warning
  }
}
