import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases

/// `followgraph topics`: whether posts stay on theme.
struct Topics: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Topic focus: on-theme shares, discovered topics, drift and off-theme posts.",
    discussion: """
      With --theme or --themes, a post is on a theme when it holds one of the theme's words, \
      phrases, hashtags or emoji; per account you get the on-theme share of each theme and of \
      any theme, the dominant theme, the monthly on-theme share and the off-theme posts. \
      Without themes, topics are discovered (TF-IDF, NMF with NNDSVD, then a per-account topic \
      mixture) and each account gets its topic shares, focus (share in its dominant topic), \
      normalised entropy and distinctive terms. Reposts are left out unless \
      --include-reposts; posts with only links or mentions are left out and counted. \
      Undefined figures print as n/a (text), null (JSON) or empty (CSV).
      """)

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var scope: TopicScopeOptions
  @OptionGroup var topics: TopicOptionGroup

  @Option(help: "Output format: text, json or csv (one row per account).")
  var format: OutputFormat = .text

  @Option(
    help: ArgumentHelp(
      "Text and JSON: list at most this many off-theme posts per account (0 = all).",
      valueName: "n"))
  var limit: Int = 10

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
  }

  func run() throws {
    let report = try FollowQueries(store: try database.openStore(create: false)).topics(
      network: scope.network.map(Network.init(rawValue:)), account: try scope.selector,
      options: try topics.analysisOptions())
    let listLimit = limit == 0 ? nil : limit
    switch format {
    case .text:
      Output.standardOutputText(
        TopicsTextRenderer.text(report.analysis, names: report.names, listLimit: listLimit))
    case .json:
      Output.standardOutput(
        TopicsRenderer.json(report.analysis, names: report.names, offTopicLimit: listLimit).render()
      )
    case .csv:
      Output.standardOutput(TopicsRenderer.focusCSV(report.analysis, names: report.names).render())
    }
  }
}
