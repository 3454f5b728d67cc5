import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases

/// `followgraph accounts`: one row per account with its follow-back figures.
struct Accounts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Per-account follow-back figures for every account of a network.",
    discussion: """
      Columns: \(AccountsRenderer.columns.joined(separator: ",")). follow_back_rate = mutual / \
      following; followers_followed_back_rate = mutual / followers; reciprocity = networkx \
      reciprocity(G, node) = 2 * mutual / (followers + following); pagerank = networkx \
      pagerank (damping --damping, dangling rank spread uniformly). Rows are sorted by account \
      id; undefined ratios are empty (CSV) or null (JSON).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions

  @Option(
    help: ArgumentHelp(
      "The network to list. Default: the owner's network or the only network.",
      valueName: "name"))
  var network: String?

  @OptionGroup var pageRank: PageRankOptions

  @Option(help: "Output format: csv or json.")
  var format: Format = .csv

  func validate() throws {
    if let network, !Network.isValidName(network) {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
  }

  func run() throws {
    let bar = progress.makeBar()
    let report = try FollowQueries(store: try database.openStore(create: false)).accounts(
      network: network.map(Network.init(rawValue:)), damping: pageRank.damping, progress: bar)
    bar.phase("rendering \(format.rawValue.uppercased())")
    let text =
      switch format {
      case .csv: AccountsRenderer.csv([report]).render()
      case .json: AccountsRenderer.json([report]).render()
      }
    bar.finish()
    Output.standardOutput(text)
  }
}
