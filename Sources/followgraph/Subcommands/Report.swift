import ArgumentParser
import FollowModel
import FollowReports
import FollowStore
import Foundation

/// `followgraph report`: writes the report files into a folder.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write summary.txt and CSV reports for every network into a folder.",
    discussion: """
      Files: \(ReportBundle.fileDescriptions.map(\.0).joined(separator: ", ")). Each file is \
      written atomically (temporary file, then rename) and only inside --out.
      """)

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions

  @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
  var out: String = "Reports"

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "The report date printed in the files. Default: today (UTC).",
      valueName: "YYYY-MM-DD"))
  var asOf: Day?

  func run() throws {
    let store = try FollowDatabase.open(path: database.db, create: false)
    let bar = progress.makeBar()
    defer { bar.finish() }
    let summary = try store.summary()
    let networks = try summary.networks.map { totals in
      try Scope.load(
        database: store, network: totals.network,
        owners: summary.owners.filter { $0.account.id.network == totals.network }, progress: bar)
    }
    bar.phase("writing reports")
    let files = ReportBundle.render(
      ReportInput(asOf: asOf?.date ?? Date(), summary: summary, networks: networks))
    let folder = try Output.makeFolder(out)
    for file in files {
      try Output.writeAtomically(file.contents, name: file.name, in: folder)
    }
    bar.finish()
    Output.standardError("wrote \(files.count) files to \(out)")
  }
}
