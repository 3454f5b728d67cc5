import Foundation

/// An export owner as the database knows it.
public struct OwnerRecord: Equatable, Sendable {
  /// The owner's account, with names and counts.
  public var account: Account
  /// How many of the owner's imports are stored.
  public var imports: Int
  /// When the newest export of the owner was taken.
  public var lastObservedAt: Date?
  /// Whether any export listed everyone the owner follows.
  public var listsFollowing: Bool
  /// Whether any export listed everyone who follows the owner.
  public var listsFollowers: Bool
  /// How many accounts the owner follows in the current graph.
  public var following: Int
  /// How many accounts follow the owner in the current graph.
  public var followers: Int
  /// The owner's posts in the export's own post list.
  ///
  /// Every tweet of an X archive (retweets
  /// included, as `tweets.js` lists them), Mastodon `Create`/`Note`, Bluesky
  /// `app.bsky.feed.post`. Shares that are not posts of their own (Mastodon boosts, Bluesky
  /// repost records) are left out.
  public var posts: Int
  /// Reposts of every kind: X retweets (also in `posts`), Mastodon boosts and Bluesky reposts
  /// (not in `posts`).
  public var reposts: Int

  /// Creates a record.
  ///
  /// - Parameters:
  ///   - account: The owner's account.
  ///   - imports: The number of imports.
  ///   - lastObservedAt: When the newest export was taken.
  ///   - listsFollowing: Whether any export listed the owner's followings.
  ///   - listsFollowers: Whether any export listed the owner's followers.
  ///   - following: Current followings.
  ///   - followers: Current followers.
  ///   - posts: Posts, reposts not included.
  ///   - reposts: Reposts.
  public init(
    account: Account, imports: Int, lastObservedAt: Date?, listsFollowing: Bool,
    listsFollowers: Bool, following: Int, followers: Int, posts: Int, reposts: Int
  ) {
    self.account = account
    self.imports = imports
    self.lastObservedAt = lastObservedAt
    self.listsFollowing = listsFollowing
    self.listsFollowers = listsFollowers
    self.following = following
    self.followers = followers
    self.posts = posts
    self.reposts = reposts
  }
}

/// Totals for one network in the database.
public struct NetworkTotals: Equatable, Sendable {
  /// The network.
  public var network: Network
  /// Accounts stored (with or without follows).
  public var accounts: Int
  /// Current follows.
  public var follows: Int
  /// Posts stored.
  public var posts: Int

  /// Creates totals.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - accounts: Accounts stored.
  ///   - follows: Current follows.
  ///   - posts: Posts stored.
  public init(network: Network, accounts: Int, follows: Int, posts: Int) {
    self.network = network
    self.accounts = accounts
    self.follows = follows
    self.posts = posts
  }
}

/// One stored import, as listed by `followgraph summary`.
public struct ImportRecord: Equatable, Sendable {
  /// The `import_run` id.
  public var id: Int64
  /// The path the user gave.
  public var source: String
  /// The format.
  public var format: String
  /// The network.
  public var network: Network
  /// When the export was taken.
  public var observedAt: Date?
  /// When the import finished.
  public var finishedAt: Date?
  /// Accounts added.
  public var accountsAdded: Int
  /// Follows added.
  public var followsAdded: Int
  /// Posts added.
  public var postsAdded: Int
  /// Warnings.
  public var warnings: Int

  /// Creates a record.
  ///
  /// - Parameters:
  ///   - id: The run id.
  ///   - source: The source path.
  ///   - format: The format.
  ///   - network: The network.
  ///   - observedAt: When the export was taken.
  ///   - finishedAt: When the import finished.
  ///   - accountsAdded: Accounts added.
  ///   - followsAdded: Follows added.
  ///   - postsAdded: Posts added.
  ///   - warnings: Warnings.
  public init(
    id: Int64, source: String, format: String, network: Network, observedAt: Date?,
    finishedAt: Date?, accountsAdded: Int, followsAdded: Int, postsAdded: Int, warnings: Int
  ) {
    self.id = id
    self.source = source
    self.format = format
    self.network = network
    self.observedAt = observedAt
    self.finishedAt = finishedAt
    self.accountsAdded = accountsAdded
    self.followsAdded = followsAdded
    self.postsAdded = postsAdded
    self.warnings = warnings
  }
}

/// What a database holds: its networks, export owners and imports.
public struct DatabaseSummary: Equatable, Sendable {
  /// Totals per network.
  public var networks: [NetworkTotals]
  /// Export owners.
  public var owners: [OwnerRecord]
  /// Imports, oldest first.
  public var imports: [ImportRecord]

  /// Creates a summary.
  ///
  /// - Parameters:
  ///   - networks: Totals per network.
  ///   - owners: Export owners.
  ///   - imports: Imports.
  public init(networks: [NetworkTotals], owners: [OwnerRecord], imports: [ImportRecord]) {
    self.networks = networks
    self.owners = owners
    self.imports = imports
  }
}
