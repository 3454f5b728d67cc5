import FollowFetch
import FollowModel
import FollowReports
import Foundation

/// The summary `followgraph fetch` prints: what was saved, and how politely it was fetched.
enum FetchResultText {
  /// The summary for people.
  static func text(_ result: FetchResult) -> String {
    func list(_ name: String, _ value: (state: ListState, count: Int)) -> String {
      switch value.state {
      case .complete: "\(name): \(value.count)"
      case .hidden: "\(name): unknown (hidden by the account)"
      case .incomplete: "\(name): unknown (ended early after \(value.count); see warnings)"
      }
    }
    let stats = result.statistics
    var lines = [
      "fetched \(result.owner.id) from \(result.server) (import \(result.summary.runID.map(String.init) ?? "skipped"))",
      "  " + list("following", result.following),
      "  " + list("followers", result.followers),
      "  accounts with audience counts: \(result.accountsWithAudience)"
        + (result.accountsGone > 0 ? "; listed but gone: \(result.accountsGone)" : ""),
    ]
    if result.accountsLeft > 0 {
      lines.append(
        "  left the lists since the previous snapshot: \(result.accountsLeft), of which gone "
          + "(deleted, suspended or deactivated): \(result.accountsLeftGone)")
    }
    if result.posts.count > 0 {
      lines.append("  posts: \(result.posts.count) (shares: \(result.posts.shares))")
    }
    if result.neighbours.tried > 0 {
      lines.append(
        "  neighbours with both lists complete: \(result.neighbours.complete) of \(result.neighbours.tried)"
      )
    }
    if result.resumedPages > 0 {
      lines.append("  continued an interrupted fetch: \(result.resumedPages) pages from before")
    }
    lines.append(
      "  requests: \(stats.requests), retries: \(stats.retries), rate-limit waits: "
        + "\(stats.rateLimitWaits) (\(Int(stats.rateLimitSeconds.rounded(.up))) s), "
        + "warnings: \(result.warnings.count)")
    for warning in result.warnings { lines.append("  warning: \(warning)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The summary for scripts (snake_case keys; unknown lists are `null`).
  static func json(_ result: FetchResult) -> JSONValue {
    func count(_ value: (state: ListState, count: Int)) -> JSONValue {
      value.state == .complete ? .int(value.count) : .null
    }
    let stats = result.statistics
    return .object([
      ("owner", .string(result.owner.id.value)),
      ("network", .string(result.owner.id.network.rawValue)),
      ("server", .string(result.server)),
      ("import_id", result.summary.runID.map { .int(Int($0)) } ?? .null),
      ("following", count(result.following)),
      ("following_state", .string(result.following.state.rawValue)),
      ("followers", count(result.followers)),
      ("followers_state", .string(result.followers.state.rawValue)),
      ("accounts_with_audience", .int(result.accountsWithAudience)),
      ("accounts_gone", .int(result.accountsGone)),
      ("posts", .int(result.posts.count)),
      ("shares", .int(result.posts.shares)),
      ("neighbours_complete", .int(result.neighbours.complete)),
      ("neighbours_tried", .int(result.neighbours.tried)),
      ("resumed_pages", .int(result.resumedPages)),
      ("requests", .int(stats.requests)),
      ("retries", .int(stats.retries)),
      ("rate_limit_waits", .int(stats.rateLimitWaits)),
      ("rate_limit_seconds", .double(stats.rateLimitSeconds)),
      (
        "warnings",
        .array(
          result.warnings.map {
            .object([("url", .string($0.url)), ("message", .string($0.message))])
          })
      ),
      ("accounts_left", .int(result.accountsLeft)),
      ("accounts_left_gone", .int(result.accountsLeftGone)),
    ])
  }
}
