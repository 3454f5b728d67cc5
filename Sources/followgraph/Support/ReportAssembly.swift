import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore
import Foundation

/// Gathers everything `followgraph report` shows: every network's reciprocity and web-famous
/// figures, each owner's changes between snapshots, topic focus and posting activity.
enum ReportAssembly {
  /// Loads and computes the report's input from the database.
  ///
  /// - Parameters:
  ///   - store: The database.
  ///   - asOf: The report date.
  ///   - fame: Web-famous thresholds, whitelist and PageRank damping.
  ///   - topics: Themes or topic discovery settings.
  ///   - progress: The progress bar.
  /// - Returns: The input of ``ReportBundle``.
  /// - Throws: `StoreError` or `AnalysisError`.
  static func load(
    store: FollowDatabase, asOf: Date, fame: FameSettings, topics: TopicOptions,
    progress: ProgressBar
  ) throws -> ReportInput {
    let summary = try store.summary()
    let networks = try summary.networks.map { totals in
      try Scope.load(
        database: store, network: totals.network,
        owners: summary.owners.filter { $0.account.id.network == totals.network },
        fame: fame, progress: progress)
    }
    let changes = try summary.owners.map {
      try OwnerHistory.load(database: store, owner: $0, since: nil)
    }
    progress.phase("analysing topics")
    let topicReport = try TopicScope.load(
      database: store, network: nil, selector: nil, options: topics)
    let sections = ReportSections(
      famous: networks.compactMap(FamousSection.init),
      topics: TopicSection.sections(topicReport),
      changes: changes.map(ChangesSection.init),
      activity: try ReportFormats.activity(summary, in: store))
    return ReportInput(
      asOf: asOf, summary: summary, networks: networks, sections: sections, changes: changes,
      topics: topicReport)
  }
}
