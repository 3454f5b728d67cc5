import Foundation

/// What is known about one account: identity, names and, when an export carries them, the
/// audience counts the platform showed.
///
/// Every field but the id is optional: most exports name accounts by id only.
public struct Account: Hashable, Sendable {
  /// The account's stable identity.
  public var id: AccountID
  /// The handle (screen name, `@user`) without the leading `@`, when known.
  public var handle: String?
  /// The display name, when known.
  public var displayName: String?
  /// The platform's own follower count, when an export carries it.
  public var followersCount: Int?
  /// The platform's own following count, when an export carries it.
  public var followingCount: Int?
  /// The platform's own post count, when an export carries it.
  public var postsCount: Int?
  /// How many lists the account is on (X), when known.
  public var listedCount: Int?
  /// Whether the platform marks the account as verified, when known.
  public var isVerified: Bool?
  /// Whether the platform marks the account as automated, when known.
  public var isBot: Bool?
  /// When the account was created, when known.
  public var createdAt: Date?
  /// When the account last posted, when the platform says (Mastodon `last_status_at`).
  public var lastPostAt: Date?

  /// Creates an account record.
  ///
  /// - Parameters:
  ///   - id: The account's stable identity.
  ///   - handle: The handle without `@`.
  ///   - displayName: The display name.
  ///   - followersCount: The platform's follower count.
  ///   - followingCount: The platform's following count.
  ///   - postsCount: The platform's post count.
  ///   - listedCount: The number of lists the account is on.
  ///   - isVerified: The platform's verified flag.
  ///   - isBot: The platform's bot flag.
  ///   - createdAt: The account's creation time.
  ///   - lastPostAt: When the account last posted.
  public init(
    id: AccountID, handle: String? = nil, displayName: String? = nil,
    followersCount: Int? = nil, followingCount: Int? = nil, postsCount: Int? = nil,
    listedCount: Int? = nil, isVerified: Bool? = nil, isBot: Bool? = nil, createdAt: Date? = nil,
    lastPostAt: Date? = nil
  ) {
    self.id = id
    self.handle = handle
    self.displayName = displayName
    self.followersCount = followersCount
    self.followingCount = followingCount
    self.postsCount = postsCount
    self.listedCount = listedCount
    self.isVerified = isVerified
    self.isBot = isBot
    self.createdAt = createdAt
    self.lastPostAt = lastPostAt
  }

  /// Whether the record carries any audience data (counts or flags).
  public var hasAudienceData: Bool {
    followersCount != nil || followingCount != nil || postsCount != nil || listedCount != nil
      || isVerified != nil || isBot != nil
  }
}
