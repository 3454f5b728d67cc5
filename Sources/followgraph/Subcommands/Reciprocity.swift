import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases

/// `followgraph reciprocity`: follow-back etiquette of an owner and the graph's reciprocity.
struct Reciprocity: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Follow-back etiquette of an account and graph-wide reciprocity.",
    discussion: """
      Shows the account's following, followers, mutual follows, follow-back rate (mutual / \
      following) and followers followed back (mutual / followers), with the lists of accounts \
      that do not follow back and of fans; then the graph's edge reciprocity (igraph default, \
      networkx overall_reciprocity), pair reciprocity (igraph "ratio", Kwak et al. 2010) and \
      Garlaschelli-Loffredo rho. The accounts that do not follow back are triaged, in this \
      order, into kept (the keep-list), web famous (expected), inactive (last post known and \
      older than --inactive-days before the owner's latest snapshot), ordinary (worth a look) \
      and unknown audience, and the follow-back \
      rate is also given with web-famous accounts left out (see 'followgraph famous'). \
      Undefined ratios print as n/a (text), null (JSON) or empty (CSV). On PostgreSQL, \
      --in-database computes the figures on the server (the default above 25 million stored \
      follows; the same figures, without the triage).
      """)

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions
  @OptionGroup var scope: ScopeOptions
  @OptionGroup var fame: FameOptions

  @OptionGroup var placement: PlacementOptions

  @Option(help: "Output format: text, json or csv.")
  var format: OutputFormat = .text

  @Option(
    help: ArgumentHelp(
      "Text output: list at most this many accounts per list (0 = all).", valueName: "n"))
  var limit: Int = 0

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
  }

  func run() throws {
    let bar = progress.makeBar()
    let loaded = try FollowQueries(store: try database.openStore(create: false)).reciprocity(
      network: scope.network.map(Network.init(rawValue:)), account: try scope.selector,
      fame: try fame.settings(damping: nil), placement: placement.placement, progress: bar)
    bar.finish()
    switch format {
    case .text:
      Output.standardOutputText(
        ReciprocityRenderer.text(
          loaded.report, owner: loaded.owner, listLimit: limit == 0 ? nil : limit))
    case .json:
      Output.standardOutput(ReciprocityRenderer.json(loaded.report, owner: loaded.owner).render())
    case .csv:
      Output.standardOutput(ReciprocityRenderer.csv(loaded.report, owner: loaded.owner).render())
    }
  }
}
