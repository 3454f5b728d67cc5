import FollowAnalysis
import FollowModel
import FollowReports
import Foundation

/// Gathers everything `followgraph report` shows: each export owner's headline (the answers
/// first), every network's reciprocity and web-famous figures, each owner's changes between
/// snapshots, topic focus and posting activity.
public enum ReportAssembly {
  /// Loads and computes the report's input from the store.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - asOf: The report date.
  ///   - fame: Web-famous thresholds, whitelist and PageRank damping.
  ///   - topics: Themes or topic discovery settings.
  ///   - progress: Where to report the steps.
  /// - Returns: The input of `ReportBundle`.
  /// - Throws: The store's error or `AnalysisError`.
  public static func load(
    store: any FollowStoring, asOf: Date, fame: FameSettings, topics: TopicOptions,
    progress: (any StepProgress)? = nil
  ) throws -> ReportInput {
    let summary = try store.summary()
    let networks = try summary.networks.map { totals in
      try NetworkScope.report(
        store: store, network: totals.network,
        owners: summary.owners.filter { $0.account.id.network == totals.network },
        fame: fame, progress: progress)
    }
    let changes = try summary.owners.map {
      try OwnerHistory.load(store: store, owner: $0, since: nil)
    }
    progress?.phase("analysing topics")
    let topicReport = try TopicScope.load(
      store: store, network: nil, selector: nil, options: topics)
    var input = ReportInput(
      asOf: asOf, summary: summary, networks: networks, changes: changes, topics: topicReport,
      activity: try activity(summary, in: store))
    input.headlines = try headlines(
      networks: networks, changes: changes, topics: topicReport, store: store)
    progress?.phase("forecasting follow-backs")
    input.forecasts = try forecasts(summary, in: store)
    return input
  }

  /// The follow-back forecast of each export owner whose followers and following are both
  /// known (the report's "likely to follow back" part), at most `limit` candidates each.
  ///
  /// - Complexity: one training of the model per such owner (``FollowBackPrediction``).
  public static func forecasts(
    _ summary: DatabaseSummary, in store: any FollowStoring, limit: Int = 50
  ) throws -> [OwnerForecast] {
    try summary.owners.filter { $0.listsFollowing && $0.listsFollowers }.map { owner in
      let id = owner.account.id
      let ranking = try FollowBackPrediction.rank(
        store: store, network: id.network, account: .id(id.value, network: id.network),
        suggest: false)
      return OwnerForecast(owner: id, candidates: Array(ranking.forecast.following.prefix(limit)))
    }
  }

  /// Posts per month of every export owner that has posts.
  ///
  /// - Parameters:
  ///   - summary: What the store holds.
  ///   - store: The store.
  /// - Returns: One activity per owner with posts.
  /// - Throws: The store's error on read failure.
  public static func activity(_ summary: DatabaseSummary, in store: any FollowStoring) throws
    -> [PostingActivity]
  {
    try summary.owners.filter { $0.posts > 0 }.map { owner in
      PostingActivity.compute(
        posts: try store.posts(network: owner.account.id.network, author: owner.account.id),
        owner: owner.account.id)
    }
  }
}
