import ArgumentParser
import FollowImport
import FollowModel
import FollowStore
import Foundation
import Logging

/// `followgraph import`: reads exports into the database, all in one transaction.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Import exports (X/Twitter archive, edge lists) into the database.",
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
      "The network for formats that do not carry one (edge lists).", valueName: "name"))
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

  @OptionGroup var limits: LimitOptions

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(help: "Log what is read to stderr.")
  var verbose = false

  @Argument(help: ArgumentHelp("Files, folders or .zip archives to import.", valueName: "path"))
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
  }

  func run() throws {
    let logger = CommandLogger.make(verbose: verbose)
    let existed = FileManager.default.fileExists(atPath: database.db)
    let store = try FollowDatabase.open(path: database.db, create: true, logger: logger)
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

  private func importPaths(into store: FollowDatabase, logger: Logger, progress: ProgressBar)
    throws
  {
    let summaries = try Importer(database: store, logger: logger).run(
      paths: paths,
      options: ImportOptions(
        format: format == "auto" ? nil : format, network: Network(rawValue: network),
        owner: try owner.map(AccountSelector.init(parsing:)), observedAt: observedAt?.date,
        limits: limits.importLimits),
      progress: { path, done, total in progress.update(path, done: done, total: total) },
      saveProgress: { SaveProgressLabel.show($0, on: progress) })
    progress.finish()
    Output.standardOutput(ImportSummaryText.render(summaries, detected: format == "auto"))
  }
}
