import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases
import Foundation

/// `followgraph report`: writes the report files into a folder.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the report (summary.txt, CSV files, index.html, report.json) into a folder.",
    discussion: """
      Files: \(ReportBundle.fileDescriptions.map(\.0).joined(separator: ", ")) (text and \
      csv), index.html (html: one self-contained page with charts) and report.json (json). \
      Each file is written atomically (temporary file, then rename) and only inside --out.
      """)

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions

  @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
  var out: String = "Reports"

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "The report date printed in the files, and the date --inactive-days counts back from. "
        + "Default: today (UTC) for the date printed; the owner's latest snapshot for inactivity.",
      valueName: "YYYY-MM-DD"))
  var asOf: Day?

  @Option(
    help: ArgumentHelp(
      "Which files to write: text, csv, html, json, comma-separated or repeated. Default: all.",
      valueName: "formats"))
  var format: [String] = []

  @Option(
    help: ArgumentHelp(
      "index.html: list at most this many accounts per table (0 = all).", valueName: "n"))
  var limit: Int = 200

  func validate() throws {
    _ = try ReportFormats.parse(format)
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
  }

  @OptionGroup var fame: FameOptions
  @OptionGroup var pageRank: PageRankOptions

  @OptionGroup var topics: TopicOptionGroup

  func run() throws {
    let bar = progress.makeBar()
    defer { bar.finish() }
    let input = try FollowQueries(store: try database.openStore(create: false)).report(
      asOf: asOf?.date ?? Date(),
      fame: try fame.settings(damping: pageRank.damping, asOf: asOf?.date),
      topics: try topics.analysisOptions(), progress: bar)
    bar.phase("writing reports")
    let files = ReportBundle.render(
      input, formats: try ReportFormats.parse(format),
      html: HTMLReportOptions(tableLimit: limit == 0 ? nil : limit))
    let folder = try Output.makeFolder(out)
    for file in files {
      try Output.writeAtomically(file.contents, name: file.name, in: folder)
    }
    bar.finish()
    Output.standardError("wrote \(files.count) files to \(out)")
  }
}
