import FollowImport
import FollowModel
import Foundation

/// What one parse produced, comparable between two runs of the same input (whole file versus
/// small chunks, hashes verified or not): every field of the batch, or the error's message.
struct FuzzOutcome: Equatable {
  let network: Network?
  let format: String?
  let observedAt: Date?
  let owner: ExportOwner?
  let follows: FollowTable?
  let accounts: [Account]
  let posts: [Post]
  let counts: ImportCounts?
  let warnings: [String]
  let unknownFiles: [String]
  let followCreatedAt: [Follow: Date]
  let error: String?

  /// Runs `parse` through ``FuzzChecks/outcome(_:)``; a batch is checked with
  /// ``FuzzChecks/checkBatch(_:limits:)`` before it is kept.
  ///
  /// - Parameters:
  ///   - limits: The caps the parser was given.
  ///   - parse: The parser call.
  /// - Returns: The outcome.
  /// - Throws: ``FuzzViolation``.
  static func of(limits: ImportLimits, _ parse: () throws -> ImportBatch) throws -> FuzzOutcome {
    switch try FuzzChecks.outcome(parse) {
    case .success(let batch):
      try FuzzChecks.checkBatch(batch, limits: limits)
      return FuzzOutcome(batch)
    case .failure(let error):
      return FuzzOutcome(error: error.message)
    }
  }

  /// Runs `parse` twice, reading in one 1 MiB chunk and in chunks of 7 to 63 bytes (chosen by
  /// the input's length), and requires the two outcomes to be equal: chunk boundaries must
  /// never change a result.
  ///
  /// - Parameters:
  ///   - inputLength: The fuzz input's length, which picks the small chunk size.
  ///   - limits: The caps the parser was given.
  ///   - what: What is parsed, for the violation's message.
  ///   - parse: The parser call for a chunk size.
  /// - Throws: ``FuzzViolation``.
  static func expectChunkingAgrees(
    inputLength: Int, limits: ImportLimits, _ what: String,
    _ parse: (_ chunkSize: Int) throws -> ImportBatch
  ) throws {
    let whole = try of(limits: limits) { try parse(1 << 20) }
    let small = try of(limits: limits) { try parse(7 + inputLength % 57) }
    try whole.expectSame(as: small, "\(what): chunk size")
  }

  /// Whether the parse returned a batch.
  var succeeded: Bool { error == nil }

  private init(_ batch: ImportBatch) {
    network = batch.network
    format = batch.format
    observedAt = batch.observedAt
    owner = batch.owner
    follows = batch.follows
    accounts = batch.accounts
    posts = batch.posts
    counts = batch.counts
    warnings = batch.warnings.map(\.description)
    unknownFiles = batch.unknownFiles
    followCreatedAt = batch.followCreatedAt
    error = nil
  }

  private init(error: String) {
    network = nil
    format = nil
    observedAt = nil
    owner = nil
    follows = nil
    accounts = []
    posts = []
    counts = nil
    warnings = []
    unknownFiles = []
    followCreatedAt = [:]
    self.error = error
  }

  /// Throws when `self` and `other` differ, naming `what` made them differ.
  ///
  /// - Parameters:
  ///   - other: The outcome of the second run.
  ///   - what: What differs between the runs, for the message.
  /// - Throws: ``FuzzViolation``.
  func expectSame(as other: FuzzOutcome, _ what: String) throws {
    guard self != other else { return }
    throw FuzzViolation("\(what) changes the result: \(summary) versus \(other.summary)")
  }

  private var summary: String {
    if let error { return "error '\(error)'" }
    return "\(counts.map { "\($0)" } ?? "") \(accounts.count) accounts, \(posts.count) posts, "
      + "\(follows?.followers.count ?? 0) follows, warnings \(warnings)"
  }
}
