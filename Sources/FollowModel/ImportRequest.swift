import Foundation

/// One parsed export and the facts about its source that the store records with it.
public struct ImportRequest: Sendable {
  /// What the export holds.
  public var batch: ImportBatch
  /// The path the user gave.
  public var sourcePath: String
  /// The SHA-256 of the export's content, in lower-case hex; identical exports are not
  /// imported twice.
  public var contentSHA256: String
  /// When the export was taken (the user's `--observed-at`, else the export's own date, else
  /// the time of the import).
  public var observedAt: Date
  /// When the import started.
  public var startedAt: Date

  /// Creates a request.
  ///
  /// - Parameters:
  ///   - batch: The parsed export.
  ///   - sourcePath: The path the user gave.
  ///   - contentSHA256: The content hash in hex.
  ///   - observedAt: When the export was taken.
  ///   - startedAt: When the import started.
  public init(
    batch: ImportBatch, sourcePath: String, contentSHA256: String, observedAt: Date,
    startedAt: Date
  ) {
    self.batch = batch
    self.sourcePath = sourcePath
    self.contentSHA256 = contentSHA256
    self.observedAt = observedAt
    self.startedAt = startedAt
  }
}

/// What one import changed, for the summary the CLI prints.
public struct ImportSummary: Equatable, Sendable {
  /// The path the user gave.
  public var sourcePath: String
  /// The detected or requested format.
  public var format: String
  /// The network of the data.
  public var network: Network
  /// The new `import_run` row, or `nil` when the export had been imported before.
  public var runID: Int64?
  /// The earlier `import_run` holding the same content, when this import was skipped.
  public var alreadyImportedAs: Int64?
  /// The export's owner.
  public var owner: Account?
  /// When the export was taken.
  public var observedAt: Date
  /// Lines or records read.
  public var recordsRead = 0
  /// Accounts new to the database.
  public var accountsAdded = 0
  /// Distinct follows in the export.
  public var followsRead = 0
  /// Follows new to the database.
  public var followsAdded = 0
  /// Follows of the owner that the newest snapshot no longer lists and that were removed from
  /// the current graph (their history stays in `snapshot_member`).
  public var followsRemoved = 0
  /// Posts in the export.
  public var postsRead = 0
  /// Posts new to the database.
  public var postsAdded = 0
  /// Of the posts in the export, reposts (retweets, boosts).
  public var repostsRead = 0
  /// Of the posts in the export, shares (Mastodon boosts, Bluesky repost records): records
  /// that are not posts of the owner's own.
  public var sharesRead = 0
  /// Duplicate follows collapsed.
  public var duplicateFollows = 0
  /// Self-follows dropped.
  public var selfFollows = 0
  /// Problems that did not stop the import.
  public var warnings: [ImportWarning] = []
  /// Archive files no parser reads.
  public var unknownFiles: [String] = []

  /// Creates an empty summary for a source.
  ///
  /// - Parameters:
  ///   - sourcePath: The path the user gave.
  ///   - format: The format name.
  ///   - network: The network.
  ///   - observedAt: When the export was taken.
  public init(sourcePath: String, format: String, network: Network, observedAt: Date) {
    self.sourcePath = sourcePath
    self.format = format
    self.network = network
    self.observedAt = observedAt
  }
}

extension ImportSummary {
  /// The summary of a request before anything is saved: what its export held (both stores
  /// start from this and add what they saved).
  ///
  /// - Parameter request: The request.
  public init(reading request: ImportRequest) {
    let batch = request.batch
    self.init(
      sourcePath: request.sourcePath, format: batch.format, network: batch.network,
      observedAt: request.observedAt)
    owner = batch.owner?.account
    recordsRead = batch.counts.records
    followsRead = batch.follows.count
    postsRead = batch.posts.count
    repostsRead = batch.posts.count { $0.isRepost }
    sharesRead = batch.posts.count { $0.isShare }
    duplicateFollows = batch.counts.duplicateFollows
    selfFollows = batch.counts.selfFollows
    warnings = batch.warnings
    unknownFiles = batch.unknownFiles
  }
}
