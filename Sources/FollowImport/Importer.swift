import FollowModel
import FollowStore
import Foundation
import Logging

/// The options of one `followgraph import` run.
public struct ImportOptions: Sendable {
  /// The format name, or `nil` to detect it from the content.
  public var format: String?
  /// The network for formats that carry none.
  public var network: Network
  /// The owner for formats that do not name one.
  public var owner: AccountSelector?
  /// When the exports were taken, overriding what they say.
  public var observedAt: Date?
  /// Caps on sizes.
  public var limits: ImportLimits

  /// Creates options.
  ///
  /// - Parameters:
  ///   - format: The format name, or `nil` for auto-detection.
  ///   - network: The network for formats that carry none.
  ///   - owner: The owner for formats that do not name one.
  ///   - observedAt: When the exports were taken.
  ///   - limits: Caps on sizes.
  public init(
    format: String? = nil, network: Network = .generic, owner: AccountSelector? = nil,
    observedAt: Date? = nil, limits: ImportLimits = ImportLimits()
  ) {
    self.format = format
    self.network = network
    self.owner = owner
    self.observedAt = observedAt
    self.limits = limits
  }
}

/// Reads exports and saves them to a ``FollowDatabase``.
///
/// All paths of one run are parsed first and then saved in a single transaction: if any path
/// is bad, nothing is saved.
public struct Importer: Sendable {
  private let database: FollowDatabase
  private let logger: Logger
  private let clock: @Sendable () -> Date

  /// Creates an importer.
  ///
  /// - Parameters:
  ///   - database: Where to save.
  ///   - logger: Where to log.
  ///   - clock: The current time, for exports that do not say when they were taken.
  public init(
    database: FollowDatabase, logger: Logger = Logger(label: "followgraph.import"),
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.database = database
    self.logger = logger
    self.clock = clock
  }

  /// Imports `paths`.
  ///
  /// - Parameters:
  ///   - paths: Files, folders or archives.
  ///   - options: The run's options.
  ///   - progress: Receives (path, bytes done, bytes total) while large files are read.
  ///   - saveProgress: Receives the steps of saving, after every path was read.
  /// - Returns: One summary per path.
  /// - Throws: ``ImportError`` or ``StoreError``; the database is unchanged.
  public func run(
    paths: [String], options: ImportOptions,
    progress: (@Sendable (String, Int64, Int64) -> Void)? = nil,
    saveProgress: SaveProgressHandler? = nil
  ) throws -> [ImportSummary] {
    var requests: [ImportRequest] = []
    for path in paths {
      let startedAt = clock()
      let source = try ImportSource(path: path, limits: options.limits)
      let format = try options.format.map(ExportFormats.named) ?? ExportFormats.detect(source)
      logger.info("reading \(path) as \(format.name)")
      var fileProgress: (@Sendable (Int64, Int64) -> Void)?
      if let progress {
        fileProgress = { done, total in progress(path, done, total) }
      }
      let context = ParseContext(
        network: options.network, owner: options.owner, limits: options.limits,
        progress: fileProgress, logger: logger)
      let batch = try format.parse(source, context: context)
      requests.append(
        ImportRequest(
          batch: batch, sourcePath: path, contentSHA256: source.contentDigest(),
          observedAt: options.observedAt ?? batch.observedAt ?? startedAt, startedAt: startedAt))
    }
    return try database.save(requests, progress: saveProgress)
  }
}
