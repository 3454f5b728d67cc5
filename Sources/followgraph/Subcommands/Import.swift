import ArgumentParser
import FollowImport
import FollowModel
import FollowReports
import FollowUseCases
import Foundation
import Logging

/// `followgraph import`: reads exports into the database, all in one transaction.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Import exports (X/Twitter, Mastodon, Bluesky, edge lists) into the database.",
    discussion: """
      Every PATH of one run is saved in a single transaction: when any of them is bad, nothing \
      is saved and the database stays as it was. Importing the same export again changes \
      nothing. Formats:
      \(ExportFormats.descriptions)
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(
    help: ArgumentHelp(
      "The input format: auto (detect from the content) or one of "
        + ExportFormats.names.joined(separator: ", ") + ".",
      valueName: "format"))
  var format: String = "auto"

  @Option(
    help: ArgumentHelp(
      "The network for formats that do not carry one (edge lists, accounts CSV).", valueName: "name"
    ))
  var network: String = "generic"

  @Option(
    name: .customLong("observed-at"),
    help: ArgumentHelp(
      "When the export was taken. Default: the date the export states, else now.",
      valueName: "YYYY-MM-DD"))
  var observedAt: Day?

  @Option(
    help: ArgumentHelp(
      "The export's owner when the export does not name it (e.g. x:12345).",
      valueName: "selector"))
  var owner: String?

  @Option(
    help: ArgumentHelp(
      "Which list API pages hold: followers or following (mastodon-api, x-follow-list, an "
        + "Instagram list file); needs --of or --owner.",
      valueName: "followers|following"))
  var relation: String?

  @Option(
    name: .customLong("of"),
    help: ArgumentHelp(
      "Whose list API pages hold, as user@host or did:… (with --relation).",
      valueName: "selector"))
  var listOwner: String?

  @OptionGroup var limits: LimitOptions

  @Option(
    help: ArgumentHelp(
      "What to print when done: text (for people) or json (for scripts).", valueName: "format"))
  var output: ImportOutput = .text

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(help: "Log what is read to stderr.")
  var verbose = false

  @Argument(
    help: ArgumentHelp("Files, folders, .zip or .tar.gz archives to import.", valueName: "path"))
  var paths: [String]

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("give at least one PATH to import") }
    guard Network.isValidName(network) else {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
    if format != "auto" && !ExportFormats.names.contains(format) {
      throw ValidationError(
        "unknown format '\(format)'; use auto or one of "
          + ExportFormats.names.joined(separator: ", "))
    }
    if let owner {
      do { _ = try AccountSelector(parsing: owner) } catch { throw ValidationError("\(error)") }
    }
    if let relation, ListRelation(rawValue: relation) == nil {
      throw ValidationError("--relation must be followers or following, not '\(relation)'")
    }
    if relation != nil && listOwner == nil && owner == nil {
      throw ValidationError(
        "--relation needs --of (or --owner): whose followers or following the pages are")
    }
    if let listOwner {
      guard case .id? = try? AccountSelector(parsing: listOwner) else {
        throw ValidationError("--of needs an account id (user@host, did:…, network:id)")
      }
    }
  }

  func run() throws {
    let logger = CommandLogger.make(verbose: verbose)
    let existed = database.isPostgres || FileManager.default.fileExists(atPath: database.db)
    let store = try database.openStore(create: true, logger: logger)
    let progress = ProgressBar(quiet: quiet)
    defer { progress.finish() }
    do {
      try importPaths(into: store, logger: logger, progress: progress)
    } catch {
      // A database this run created holds nothing of value after a failed import: remove it,
      // so a failed first import leaves the folder as it was.
      if !existed { DatabaseFiles.remove(database.db) }
      throw error
    }
  }

  private func importPaths(into store: any FollowStoring, logger: Logger, progress: ProgressBar)
    throws
  {
    var options = ImportOptions(
      format: format == "auto" ? nil : format, network: Network(rawValue: network),
      owner: try owner.map(AccountSelector.init(parsing:)), observedAt: observedAt?.date,
      limits: limits.importLimits)
    options.relation = relation.flatMap(ListRelation.init(rawValue:))
    // `--owner` names the list's owner when `--of` is not given (issue 14).
    options.listOwner = try (listOwner ?? (relation != nil ? owner : nil))
      .map(AccountSelector.init(parsing:))
    let summaries = try Importer(store: store, logger: logger, clock: { Date() }).run(
      paths: paths,
      options: options,
      progress: { path, done, total in progress.update(path, done: done, total: total) },
      saveProgress: { SaveProgressLabel.show($0, on: progress) })
    progress.finish()
    switch output {
    case .text:
      Output.standardOutputText(
        ImportSummaryRenderer.text(summaries, detected: format == "auto"))
    case .json:
      Output.standardOutput(
        ImportSummaryRenderer.json(summaries, detected: format == "auto").render())
    }
  }
}

/// What `followgraph import` prints when done.
enum ImportOutput: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
