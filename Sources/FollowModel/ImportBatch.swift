import Foundation

/// Everything one export contributes to the database, as parsed from its bytes.
///
/// Parsers produce a batch; the store saves it in one transaction. Nothing in a batch refers
/// to the database.
public struct ImportBatch: Sendable {
  /// The network of every account, follow and post in the batch.
  public var network: Network
  /// The name of the format the batch was parsed from, such as `twitter-archive`.
  public var format: String
  /// When the export says it was taken, when it says so.
  public var observedAt: Date?
  /// The account whose export this is, when the export has one.
  public var owner: ExportOwner?
  /// The follows, interned and deduplicated.
  public var follows: FollowTable
  /// Account records: names, handles and audience counts the export carries.
  public var accounts: [Account]
  /// Posts the export carries.
  public var posts: [Post]
  /// What was read and collapsed on the way.
  public var counts: ImportCounts
  /// Problems that did not stop the import.
  public var warnings: [ImportWarning]
  /// Files in an archive that no parser reads, by path inside the archive.
  public var unknownFiles: [String]
  /// When a follow was made, for exports that record it (Bluesky `createdAt`).
  public var followCreatedAt: [Follow: Date]
  /// The owner's own lists that are not follows (Instagram's pending requests, blocked
  /// profiles, …); empty for exports that have none.
  public var ownerLists: [OwnerList] = []
  /// Accounts whose profile the fetch found gone, recorded with the owner's snapshot (only
  /// `followgraph fetch` looks them up; exports leave this empty).
  public var gone: [GoneAccount] = []

  /// Creates a batch.
  ///
  /// - Parameters:
  ///   - network: The network of everything in the batch.
  ///   - format: The format name.
  ///   - observedAt: When the export says it was taken.
  ///   - owner: The export's owner.
  ///   - follows: The follows.
  ///   - accounts: Account records.
  ///   - posts: Posts.
  ///   - counts: Counters.
  ///   - warnings: Warnings.
  ///   - unknownFiles: Files not read.
  ///   - followCreatedAt: When follows were made, where the export says.
  public init(
    network: Network, format: String, observedAt: Date? = nil, owner: ExportOwner? = nil,
    follows: FollowTable? = nil, accounts: [Account] = [], posts: [Post] = [],
    counts: ImportCounts = ImportCounts(), warnings: [ImportWarning] = [],
    unknownFiles: [String] = [], followCreatedAt: [Follow: Date] = [:]
  ) {
    self.network = network
    self.format = format
    self.observedAt = observedAt
    self.owner = owner
    self.follows = follows ?? .empty(network)
    self.accounts = accounts
    self.posts = posts
    self.counts = counts
    self.warnings = warnings
    self.unknownFiles = unknownFiles
    self.followCreatedAt = followCreatedAt
  }
}

/// The account an export belongs to, and which of its lists the export holds in full.
public struct ExportOwner: Hashable, Sendable {
  /// The owner.
  public var account: Account
  /// Whether the export lists everyone the owner follows (X `following.js`, Mastodon CSV).
  public var listsFollowing: Bool
  /// Whether the export lists everyone who follows the owner (X `follower.js`).
  public var listsFollowers: Bool

  /// Creates an owner.
  ///
  /// - Parameters:
  ///   - account: The owner.
  ///   - listsFollowing: Whether the export lists everyone the owner follows.
  ///   - listsFollowers: Whether the export lists everyone who follows the owner.
  public init(account: Account, listsFollowing: Bool, listsFollowers: Bool) {
    self.account = account
    self.listsFollowing = listsFollowing
    self.listsFollowers = listsFollowers
  }
}

/// Counters a parser keeps while reading.
public struct ImportCounts: Hashable, Sendable {
  /// Lines or records read.
  public var records: Int
  /// Follows that repeated one already read and were collapsed.
  public var duplicateFollows: Int
  /// Follows from an account to itself, dropped.
  public var selfFollows: Int

  /// Creates counters.
  ///
  /// - Parameters:
  ///   - records: Lines or records read.
  ///   - duplicateFollows: Duplicate follows collapsed.
  ///   - selfFollows: Self-follows dropped.
  public init(records: Int = 0, duplicateFollows: Int = 0, selfFollows: Int = 0) {
    self.records = records
    self.duplicateFollows = duplicateFollows
    self.selfFollows = selfFollows
  }
}

/// A problem in the input that did not stop the import, with where it was found.
public struct ImportWarning: Hashable, Sendable, CustomStringConvertible {
  /// Where: a file, and a line or record when known (`follower.js record 12`).
  public var location: String
  /// What was wrong and what was done about it.
  public var message: String

  /// Creates a warning; control and bidirectional characters that came from the input are
  /// escaped (``DisplayText/escaped(_:)``), so a warning is always one printable line.
  ///
  /// - Parameters:
  ///   - location: Where the problem is.
  ///   - message: What was wrong and what was done.
  public init(location: String, message: String) {
    self.location = DisplayText.escaped(location)
    self.message = DisplayText.escaped(message)
  }

  public var description: String { "\(location): \(message)" }
}
