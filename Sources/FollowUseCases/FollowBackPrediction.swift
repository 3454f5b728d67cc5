import FollowAnalysis
import FollowModel
import FollowReports
import Foundation

/// `likely`: who will follow back, with a calibrated probability learned from the graph.
///
/// Each call resolves the network (and the owner or `--account`) like every other command,
/// loads the follow graph once, adds post-word profiles when posts were imported, trains the
/// model (`FollowBackModel`) and returns values for `LikelyRenderer`.
public enum FollowBackPrediction {
  /// The owner's ranked candidates with the names to show them by.
  public struct Ranking: Sendable {
    /// The forecast.
    public var forecast: FollowBackForecast
    /// The owner (or `--account`).
    public var owner: Account
    /// Names and handles of the network.
    public var directory: AccountDirectory
  }

  /// `likely --evaluate`: the held-out quality of the model on the graph itself.
  ///
  /// - Returns: The network and the evaluation.
  /// - Throws: ``UseCaseError`` or the store's error.
  public static func evaluate(
    store: any FollowStoring, network: Network?, account: AccountSelector?,
    progress: (any StepProgress)? = nil
  ) throws -> (network: Network, evaluation: FollowBackEvaluation) {
    let (_, graph, topics) = try load(store, network, account, progress)
    progress?.phase("evaluating")
    return (graph.network, FollowBackEvaluation.run(graph: graph, topics: topics))
  }

  /// `likely` without `--pairs`: the accounts the owner follows that do not follow back, and
  /// with `suggest` accounts not followed yet, each with its probability and reasons.
  ///
  /// - Throws: ``UseCaseError/predictionNeedsAnOwner`` without a single owner or `--account`.
  public static func rank(
    store: any FollowStoring, network: Network?, account: AccountSelector?, suggest: Bool,
    progress: (any StepProgress)? = nil
  ) throws -> Ranking {
    let (scope, graph, topics) = try load(store, network, account, progress)
    guard let owner = scope.owner, let index = graph.index(of: owner.owner.id.value) else {
      throw UseCaseError.predictionNeedsAnOwner
    }
    progress?.phase("training")
    let model = FollowBackModel(context: FollowBackContext(graph: graph, topics: topics))
    return Ranking(
      forecast: FollowBackForecast.rank(model: model, owner: index, suggest: suggest),
      owner: owner.owner, directory: scope.report.directory)
  }

  /// `likely --pairs`: the probability for each pair of `file`, in its order; the pairs
  /// themselves are left out of training.
  ///
  /// - Parameters:
  ///   - file: The pairs as written (``PairsFile``).
  /// - Throws: ``UseCaseError/pairs(path:line:reason:)`` naming the line of an account that
  ///   has no follows in the network.
  public static func score(
    store: any FollowStoring, network: Network?, account: AccountSelector?, file: PairsFile,
    progress: (any StepProgress)? = nil
  ) throws -> [LikelyRenderer.ScoredPair] {
    let (scope, graph, topics) = try load(store, network, account, progress)
    var indexes: [String: Int] = [:]
    for (index, id) in graph.accountIDs.enumerated() { indexes[id] = index }
    func resolve(_ text: String, line: Int) throws -> Int {
      if let index = indexes[text] { return index }
      guard let selector = try? AccountSelector(parsing: text),
        let id = try? store.resolve(selector, network: scope.network)
      else {
        throw UseCaseError.pairs(path: file.path, line: line, reason: "unknown account '\(text)'")
      }
      guard let index = indexes[id.value] else {
        throw UseCaseError.pairs(
          path: file.path, line: line,
          reason: "'\(text)' has no follows in network \(scope.network)")
      }
      return index
    }
    let pairs = try file.rows.map { row in
      let pair = (
        try resolve(row.follower, line: row.line), try resolve(row.followed, line: row.line)
      )
      guard pair.0 != pair.1 else {
        throw UseCaseError.pairs(
          path: file.path, line: row.line, reason: "an account paired with itself")
      }
      return (row: row, follower: pair.0, followed: pair.1)
    }
    progress?.phase("training")
    let model = FollowBackModel(
      context: FollowBackContext(graph: graph, topics: topics),
      excluding: Set(pairs.map { FollowBackModel.key($0.follower, $0.followed) }))
    return pairs.map { pair in
      LikelyRenderer.ScoredPair(
        follower: pair.row.follower, followed: pair.row.followed,
        probability: model.probability(follower: pair.follower, followed: pair.followed),
        reasons: FollowBackReasons.describe(
          context: model.context, follower: pair.follower, followed: pair.followed))
    }
  }

  /// The scope, its graph and the post-word profiles (`nil` without posts).
  private static func load(
    _ store: any FollowStoring, _ network: Network?, _ account: AccountSelector?,
    _ progress: (any StepProgress)?
  ) throws -> (NetworkScope, FollowGraph, TopicProfiles?) {
    let (scope, graph) = try NetworkScope.resolveWithGraph(
      store: store, network: network, selector: account, progress: progress)
    return (scope, graph, try topicProfiles(store: store, graph: graph))
  }

  /// Word profiles of the accounts with posts in the graph, or `nil` without posts.
  private static func topicProfiles(store: any FollowStoring, graph: FollowGraph) throws
    -> TopicProfiles?
  {
    let posts = try store.posts(network: graph.network, author: nil)
    guard !posts.isEmpty else { return nil }
    var indexes: [String: Int] = [:]
    for (index, id) in graph.accountIDs.enumerated() { indexes[id] = index }
    let tokenizer = PostTokenizer()
    var words: [Int: [String]] = [:]
    for post in posts where !post.isRepost {
      guard let index = indexes[post.author.value] else { continue }
      let tokens = tokenizer.tokenize(post)
      words[index, default: []] += tokens.words + tokens.hashtags
    }
    return TopicProfiles(words: words)
  }
}
