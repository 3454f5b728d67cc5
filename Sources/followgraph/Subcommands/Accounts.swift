import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases
import Foundation

/// `followgraph accounts`: one row per account with its follow-back figures.
struct Accounts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Per-account follow-back figures for every account of a network.",
    discussion: """
      Columns: \(AccountsRenderer.columns.joined(separator: ",")). follow_back_rate = mutual / \
      following; followers_followed_back_rate = mutual / followers; reciprocity = networkx \
      reciprocity(G, node) = 2 * mutual / (followers + following); pagerank = networkx \
      pagerank (damping --damping, dangling rank spread uniformly). Rows are sorted by account \
      id; undefined ratios are empty (CSV) or null (JSON). On PostgreSQL, --in-database \
      computes every figure and PageRank on the server and streams the CSV (the default above \
      25 million stored follows).
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
  @OptionGroup var placement: PlacementOptions

  @Option(
    help: ArgumentHelp(
      "With --in-database: stop PageRank after this many iterations even if not converged.",
      valueName: "n"))
  var maxIterations: Int = 1_000

  @Option(help: "Output format: csv or json.")
  var format: Format = .csv

  func validate() throws {
    guard maxIterations > 0 else { throw ValidationError("--max-iterations must be 1 or more") }
    if let network, !Network.isValidName(network) {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
  }

  func run() throws {
    let bar = progress.makeBar()
    let store = try database.openStore(create: false)
    if let analyser = try InDatabaseAnalysis.analyser(
      store: store, placement: placement.placement)
    {
      guard format == .csv else {
        throw ValidationError("--in-database lists accounts as CSV only; use --format csv")
      }
      let run = try InDatabaseAnalysis.accountsCSV(
        store: store, analyser: analyser, network: network.map(Network.init(rawValue:)),
        damping: pageRank.damping, maxIterations: maxIterations, progress: bar,
        write: { Output.standardOutput($0) })
      bar.finish()
      if let run, run.iterations > 0 {
        let each = run.iterationSeconds / Double(run.iterations)
        Output.standardError(
          "pagerank in the database: \(run.accounts) accounts, \(run.iterations) iterations"
            + " (\(run.converged ? "converged" : "not converged")), setup "
            + String(
              format: "%.2f s, iterations %.2f s (%.3f s each)", run.setupSeconds,
              run.iterationSeconds, each))
      }
      return
    }
    let report = try FollowQueries(store: store).accounts(
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
