import ArgumentParser
import FollowAnalysis
import FollowModel
import FollowReports
import FollowUseCases
import Foundation

/// `followgraph likely`: who will follow back, with a calibrated probability.
struct Likely: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who is likely to follow back: calibrated probabilities learned from the graph.",
    discussion: """
      Learns from every follow u -> v of the network whether v followed back, with v -> u \
      hidden while its features are computed (v's habit without the pair, audiences, degree \
      similarity, common and mutual neighbours, PageRank, web fame, post-word similarity), \
      with gradient-boosted trees. Ranks the accounts the owner (or --account) follows that \
      do not follow back, and with --candidates suggested|all accounts not followed yet; \
      --pairs FILE (CSV header follower,followed) scores given pairs in their order; \
      --evaluate hides the return of mutual follows and reports the AUC beside two baselines.
      """)

  /// Which accounts are ranked without --pairs.
  enum Candidates: String, ExpressibleByArgument, CaseIterable {
    case following, suggested, all
  }

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions
  @OptionGroup var scope: ScopeOptions

  @Option(
    help: ArgumentHelp(
      "A CSV file of pairs to score, header follower,followed (selectors or native ids).",
      valueName: "file"))
  var pairs: String?

  @Option(help: "Without --pairs: rank following (default), suggested or all.")
  var candidates: Candidates = .following

  @Flag(help: "Measure held-out quality with two baselines instead of ranking.")
  var evaluate = false

  @Option(help: "Output format: text, json or csv.")
  var format: OutputFormat = .text

  @Option(help: ArgumentHelp("List at most this many accounts per list (0 = all).", valueName: "n"))
  var limit: Int = 20

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    guard !(evaluate && pairs != nil) else {
      throw ValidationError("--evaluate and --pairs exclude each other")
    }
  }

  func run() throws {
    let store = try database.openStore(create: false)
    let network = scope.network.map(Network.init(rawValue:))
    let account = try scope.selector
    let bar = progress.makeBar()
    if evaluate {
      let (network, result) = try FollowBackPrediction.evaluate(
        store: store, network: network, account: account, progress: bar)
      bar.finish()
      return emit(LikelyRenderer.evaluation(result, network: network, format: reportFormat))
    }
    if let pairs {
      let file = try PairsFile(parsing: try Self.read(pairs), path: pairs)
      let scored = try FollowBackPrediction.score(
        store: store, network: network, account: account, file: file, progress: bar)
      bar.finish()
      return emit(LikelyRenderer.pairs(scored, format: reportFormat))
    }
    let ranking = try FollowBackPrediction.rank(
      store: store, network: network, account: account, suggest: candidates != .following,
      progress: bar)
    bar.finish()
    emit(
      LikelyRenderer.forecast(
        ranking.forecast, owner: ranking.owner, directory: ranking.directory,
        showFollowing: candidates != .suggested, limit: limit == 0 ? nil : limit,
        format: reportFormat))
  }

  /// The text of the `--pairs` file.
  private static func read(_ path: String) throws -> String {
    do {
      return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw OutputError.cannotRead(path: path, reason: error.localizedDescription)
    }
  }

  private var reportFormat: LikelyRenderer.Format {
    switch format {
    case .text: .text
    case .json: .json
    case .csv: .csv
    }
  }

  private func emit(_ text: String) {
    if format == .text { Output.standardOutputText(text) } else { Output.standardOutput(text) }
  }
}
