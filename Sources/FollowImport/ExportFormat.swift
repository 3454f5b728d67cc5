import FollowModel
import Foundation
import Logging

/// One export format FollowGraph can read.
///
/// A format is a stateless type: it says whether a source looks like it and turns the source's
/// bytes into an ``ImportBatch``. Formats are listed in ``ExportFormats/all``.
public protocol ExportFormat: Sendable {
  /// The name used with `--format`, such as `twitter-archive`.
  static var name: String { get }
  /// One line for `--help`.
  static var summary: String { get }
  /// Whether the source looks like this format; reads at most the head of a file or the
  /// paths of a tree.
  ///
  /// - Parameter source: The opened source.
  /// - Returns: `true` when the format should read the source.
  static func detect(_ source: ImportSource) -> Bool
  /// Parses the source.
  ///
  /// - Parameters:
  ///   - source: The opened source.
  ///   - context: Options and callbacks.
  /// - Returns: What the export holds.
  /// - Throws: ``ImportError`` naming the file and the line or record that was wrong.
  static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch
}

/// What a parser needs beyond the bytes: the user's options and a progress callback.
public struct ParseContext: Sendable {
  /// The network for formats that carry none (`--network`).
  public var network: Network
  /// The owner for formats that do not name one (`--owner`).
  public var owner: AccountSelector?
  /// Caps on sizes.
  public var limits: ImportLimits
  /// Receives (bytes done, bytes total) while a large file is read.
  public var progress: (@Sendable (Int64, Int64) -> Void)?
  /// Where parsers log.
  public var logger: Logger
  /// The size of each read when a file is streamed (tests use tiny chunks to exercise the
  /// boundaries).
  public var chunkSize: Int
  /// Whose list an API page is and which list (`--relation`, `--of`), for API formats.
  public var relation: ListRelation? = nil
  /// The account whose list an API page is (`--of`).
  public var listOwner: AccountSelector? = nil
  /// The other paths of the same `import` run, where a format may find a companion file
  /// (Mastodon's `actor.json` names the owner of `following_accounts.csv`).
  public var companions: [String] = []

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - network: The network for formats that carry none.
  ///   - owner: The owner for formats that do not name one.
  ///   - limits: Caps on sizes.
  ///   - progress: Progress callback.
  ///   - logger: Where parsers log: the caller's; by default nowhere (a handler that drops
  ///     everything, never the process-wide logging backend).
  ///   - chunkSize: The size of each read when a file is streamed.
  public init(
    network: Network = .generic, owner: AccountSelector? = nil,
    limits: ImportLimits = ImportLimits(), progress: (@Sendable (Int64, Int64) -> Void)? = nil,
    logger: Logger = Logger(
      label: "followgraph.import", factory: { _ in SwiftLogNoOpLogHandler() }),
    chunkSize: Int = 4 << 20
  ) {
    self.chunkSize = max(1, chunkSize)
    self.network = network
    self.owner = owner
    self.limits = limits
    self.progress = progress
    self.logger = logger
  }
}

/// The registry of formats, in detection order.
public enum ExportFormats {
  /// Every format, most specific first: `--format auto` picks the first that detects a source.
  public static let all: [any ExportFormat.Type] = [
    TwitterArchiveFormat.self,
    MastodonArchiveFormat.self,
    MastodonFollowingFormat.self,
    InstagramFormat.self,
    ThreadsFormat.self,
    MastodonAPIFormat.self,
    BlueskyCARFormat.self,
    BlueskyAPIFormat.self,
    XFollowListFormat.self,
    Twarc2Format.self,
    LinkedInConnectionsFormat.self,
    AccountsCSVFormat.self,
    PostsCSVFormat.self,
    EdgeListFormat.self,
  ]

  /// The names of all formats, in detection order.
  public static var names: [String] {
    var names: [String] = []
    for format in all { names.append(format.name) }
    return names
  }

  /// One line per format, `name: summary`, for help texts.
  public static var descriptions: String {
    var lines: [String] = []
    for format in all { lines.append("  \(format.name): \(format.summary)") }
    return lines.joined(separator: "\n")
  }

  /// The format named `name`.
  ///
  /// - Parameter name: A name from ``all``.
  /// - Returns: The format.
  /// - Throws: ``ImportError/unknownFormatName(_:known:)``.
  public static func named(_ name: String) throws -> any ExportFormat.Type {
    guard let format = all.first(where: { $0.name == name }) else {
      throw ImportError.unknownFormatName(name, known: ["auto"] + all.map { $0.name })
    }
    return format
  }

  /// The first format that detects `source`.
  ///
  /// - Parameter source: The opened source.
  /// - Returns: The format.
  /// - Throws: ``ImportError/unknownFormat(path:hint:)`` when none does.
  public static func detect(_ source: ImportSource) throws -> any ExportFormat.Type {
    if let format = all.first(where: { $0.detect(source) }) { return format }
    let hint: String
    switch source.kind {
    case .tree(let tree):
      let sample = tree.paths.prefix(5).joined(separator: ", ")
      hint = tree.paths.isEmpty ? "the folder or archive is empty" : "it holds \(sample)…"
    case .file:
      let head = source.head(256)
      hint = head.isEmpty ? "the file is empty" : "the first line matches no known format"
    }
    throw ImportError.unknownFormat(path: source.path, hint: hint)
  }
}
