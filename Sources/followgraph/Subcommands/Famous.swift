import ArgumentParser
import FollowAnalysis
import FollowModel
import FollowReports
import FollowUseCases

/// `followgraph famous`: accounts with a huge audience that follow almost no one.
struct Famous: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Web-famous accounts: a top-percentile audience and a high follower/following ratio.",
    discussion: """
      For every account of the network: audience = the imported followers_count (twarc2, \
      accounts CSV) when known, else followers in the imported graph (audience_source \
      in_degree); following = the imported following_count, else accounts followed in the \
      graph; ratio = audience / max(following, 1); percentile = 100 x (accounts with a smaller \
      audience + half of those with the same) / population, where the population is the \
      accounts of the follow graph plus the accounts with an imported followers_count; \
      PageRank and its percentile on the follow graph. Web famous = percentile >= \
      --min-percentile and ratio >= --min-ratio, or on the keep-list (--keep or --whitelist \
      files, and the database's list, 'followgraph keep'). Inactive = the last post is known \
      and older than --inactive-days before the newest snapshot of the network's owners \
      (last_post_at and inactive columns; unknown last posts are never inactive). Sorted by \
      audience, highest first; --all lists every account of the population.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(
    help: ArgumentHelp(
      "The network to rank. Default: the owner's network or the only network.",
      valueName: "name"))
  var network: String?

  @OptionGroup var fame: FameOptions
  @OptionGroup var pageRank: PageRankOptions

  @Flag(help: "List every account of the population, not only the web-famous ones.")
  var all = false

  @Option(help: "Output format: text, json or csv.")
  var format: OutputFormat = .text

  func validate() throws {
    if let network, !Network.isValidName(network) {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
  }

  func run() throws {
    let settings = try fame.settings(damping: pageRank.damping)
    let queries = FollowQueries(store: try database.openStore(create: false))
    guard
      let evidence = try queries.famous(
        network: network.map(Network.init(rawValue:)), fame: settings)
    else { return }
    if !evidence.unmatchedWhitelist.isEmpty {
      Output.standardError(
        "note: keep-list entries matching no account of network \(evidence.network): "
          + evidence.unmatchedWhitelist.joined(separator: ", "))
    }
    let keepList = try queries.keepListUse(files: fame.keepFiles)
    switch format {
    case .text:
      Output.standardOutputText(FamousRenderer.text(evidence, all: all, keepList: keepList))
    case .json:
      Output.standardOutput(FamousRenderer.json(evidence, all: all, keepList: keepList).render())
    case .csv: Output.standardOutput(FamousRenderer.csv(evidence, all: all).render())
    }
  }
}
