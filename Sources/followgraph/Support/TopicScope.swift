import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore

/// Loads the posts a topic analysis covers and runs it.
enum TopicScope {
  /// Analyses the posts of `network` (all networks when `nil`); with `selector`, the result
  /// keeps only that account, while topics are still discovered over all posts in scope so
  /// that they do not depend on which account is shown.
  static func load(
    database: FollowDatabase, network: Network?, selector: AccountSelector?, options: TopicOptions
  ) throws -> TopicReport {
    let selected = try selector.map { try database.resolve($0, network: network) }
    let posts = try database.posts(network: network ?? selected?.network)
    var analysis = try TopicFocus.analyze(posts: posts, options: options)
    if let selected {
      analysis.accounts = analysis.accounts.filter { $0.account == selected }
      analysis.posts = analysis.posts.filter { $0.account == selected }
      if analysis.accounts.isEmpty { analysis.accounts = [AccountTopics(account: selected)] }
    }
    let networks = Set(posts.map(\.author.network)).union(selected.map { [$0.network] } ?? [])
    var accounts: [Account] = []
    for name in networks.sorted() { accounts += try database.accounts(network: name) }
    return TopicReport(analysis: analysis, names: AccountNames(accounts))
  }
}
