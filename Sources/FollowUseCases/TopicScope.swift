import FollowAnalysis
import FollowModel
import FollowReports

/// Loads the posts a topic analysis covers and runs it.
public enum TopicScope {
  /// Analyses the posts of `network` (all networks when `nil`); with `selector`, the result
  /// keeps only that account, while topics are still discovered over all posts in scope so
  /// that they do not depend on which account is shown.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - network: The network whose posts count, or `nil` for all (or the account's).
  ///   - selector: The account to keep, if any.
  ///   - options: Themes or discovery settings.
  /// - Returns: The analysis with the names of the accounts.
  /// - Throws: The store's error, or `AnalysisError` from the analysis.
  public static func load(
    store: any FollowStoring, network: Network?, selector: AccountSelector?,
    options: TopicOptions
  ) throws -> TopicReport {
    let selected = try selector.map { try store.resolve($0, network: network) }
    let posts = try store.posts(network: network ?? selected?.network, author: nil)
    var analysis = try TopicFocus.analyze(posts: posts, options: options)
    if let selected {
      analysis.accounts = analysis.accounts.filter { $0.account == selected }
      analysis.posts = analysis.posts.filter { $0.account == selected }
      if analysis.accounts.isEmpty { analysis.accounts = [AccountTopics(account: selected)] }
    }
    let networks = Set(posts.map(\.author.network)).union(selected.map { [$0.network] } ?? [])
    var accounts: [Account] = []
    for name in networks.sorted() { accounts += try store.accounts(network: name) }
    return TopicReport(analysis: analysis, names: AccountNames(accounts))
  }
}
