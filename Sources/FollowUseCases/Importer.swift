import Crypto
import FollowImport
import FollowModel
import Foundation
import Logging

/// The `import` use case: reads exports and saves them to a store.
///
/// All paths of one run are parsed first and then saved in a single transaction: if any path
/// is bad, nothing is saved.
public struct Importer: Sendable {
  private let store: any FollowStoring
  private let logger: Logger
  private let clock: @Sendable () -> Date

  /// Creates an importer.
  ///
  /// - Parameters:
  ///   - store: Where to save.
  ///   - logger: Where to log (the caller's).
  ///   - clock: The current time, for exports that do not say when they were taken.
  public init(
    store: any FollowStoring, logger: Logger, clock: @escaping @Sendable () -> Date
  ) {
    self.store = store
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
  /// - Throws: `ImportError`, or the store's error; the store is unchanged.
  public func run(
    paths: [String], options: ImportOptions,
    progress: (@Sendable (String, Int64, Int64) -> Void)? = nil,
    saveProgress: SaveProgressHandler? = nil
  ) throws -> [ImportSummary] {
    var requests: [ImportRequest] = []
    var pageGroups: [PageGroup] = []
    for path in paths {
      let startedAt = clock()
      let source = try ImportSource(path: path, limits: options.limits)
      let format = try options.format.map(ExportFormats.named) ?? ExportFormats.detect(source)
      logger.info("reading \(path) as \(format.name)")
      var fileProgress: (@Sendable (Int64, Int64) -> Void)?
      if let progress {
        fileProgress = { done, total in progress(path, done, total) }
      }
      var context = ParseContext(
        network: options.network, owner: options.owner, limits: options.limits,
        progress: fileProgress, logger: logger)
      context.relation = options.relation
      context.listOwner = options.listOwner
      context.companions = paths.filter { $0 != path }
      if let paged = format as? any PagedExportFormat.Type {
        let page = try paged.parsePage(source, context: context)
        let digest = source.contentDigest()
        if let index = pageGroups.firstIndex(where: {
          $0.format.name == paged.name && paged.sameList($0.pages[0], page)
        }) {
          pageGroups[index].add(page, path: path, digest: digest)
        } else {
          pageGroups.append(
            PageGroup(
              format: paged, slot: requests.count, pages: [page], paths: [path],
              digests: [digest], startedAt: startedAt))
          // A placeholder, replaced by the merged pages below.
          requests.append(
            ImportRequest(
              batch: page.batch, sourcePath: path, contentSHA256: digest,
              observedAt: startedAt, startedAt: startedAt))
        }
        continue
      }
      let batch = try format.parse(source, context: context)
      requests.append(
        ImportRequest(
          batch: batch, sourcePath: path, contentSHA256: source.contentDigest(),
          observedAt: options.observedAt ?? batch.observedAt ?? startedAt, startedAt: startedAt))
    }
    for group in pageGroups {
      let batch = group.format.complete(group.pages)
      requests[group.slot] = ImportRequest(
        batch: batch, sourcePath: group.sourcePath, contentSHA256: group.combinedDigest,
        observedAt: options.observedAt ?? batch.observedAt ?? group.startedAt,
        startedAt: group.startedAt)
    }
    return try store.save(requests, progress: saveProgress)
  }
}

/// The API pages of one list read in one run, merged into one import.
private struct PageGroup {
  let format: any PagedExportFormat.Type
  /// Where the merged request goes among the run's requests.
  let slot: Int
  var pages: [ListPage]
  var paths: [String]
  var digests: [String]
  let startedAt: Date

  mutating func add(_ page: ListPage, path: String, digest: String) {
    pages.append(page)
    paths.append(path)
    digests.append(digest)
  }

  /// The first path, and how many more pages were merged into it.
  var sourcePath: String {
    paths.count == 1 ? paths[0] : "\(paths[0]) (+\(paths.count - 1) more pages)"
  }

  /// The digest of one page, or of the sorted page digests, so the same pages in any order
  /// are recognised as imported before.
  var combinedDigest: String {
    guard digests.count > 1 else { return digests[0] }
    let text = digests.sorted().joined(separator: "\n")
    return SHA256.hash(data: Data(text.utf8)).map { byte in
      (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined()
  }
}
