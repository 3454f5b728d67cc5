import FollowAnalysis
import FollowModel
import Foundation

/// Renders `followgraph famous` and the report's `web_famous.csv`.
public enum FamousRenderer {
  /// The CSV columns; new ones go at the end.
  public static let columns = [
    "account", "handle", "audience", "audience_source", "following", "following_source", "ratio",
    "percentile", "pagerank", "pagerank_percentile", "listed_count", "verified", "whitelisted",
    "web_famous", "reason", "network",
  ]

  /// The columns added for inactivity, after ``columns`` (and after any columns a file adds).
  public static let inactivityColumns = ["last_post_at", "inactive"]

  /// The rows shown: every account with `all`, else the web-famous ones; by audience.
  ///
  /// - Parameters:
  ///   - fame: The network's evidence.
  ///   - all: Whether to list every account of the population.
  /// - Returns: The accounts.
  public static func shown(_ fame: WebFameReport, all: Bool) -> [AccountFame] {
    all ? fame.accounts : fame.webFamous
  }

  /// Human-readable text: thresholds, population, the rank correlation and a table.
  ///
  /// - Parameters:
  ///   - fame: The network's evidence.
  ///   - all: Whether to list every account.
  ///   - keepList: The keep-list in use: the files given and the database's entries.
  /// - Returns: The text.
  public static func text(_ fame: WebFameReport, all: Bool, keepList: KeepListUse) -> String {
    var out = "Web famous accounts, network \(fame.network)\n"
    out += "  thresholds: audience percentile >= \(number(fame.criteria.minPercentile)) and "
    out += "audience/following ratio >= \(number(fame.criteria.minRatio))"
    out += keepList.clause
    out += "\n  population: \(fame.population) accounts (the follow graph plus accounts with an "
    out += "imported follower count); \(fame.webFamous.count) web famous\n"
    out += "  percentile: " + MetricDefinitions.definition(of: "percentile") + "\n"
    if let correlation = fame.rankCorrelation {
      out += "  " + correlationText(correlation) + "\n"
    }
    if let line = inactivityLine(fame) { out += "  " + line + "\n" }
    if !fame.unmatchedWhitelist.isEmpty {
      out +=
        "  whitelist entries matching no account: "
        + fame.unmatchedWhitelist.joined(separator: ", ") + "\n"
    }
    let rows = shown(fame, all: all)
    out += "\n"
    guard !rows.isEmpty else {
      return out + "  no web-famous accounts at these thresholds (--all lists every account)\n"
    }
    // The last-post column only when some shown account has a known last post.
    let lastPosts = rows.contains { $0.lastPostAt != nil }
    var table = TextTable(rightAligned: [2, 3, 4, 5, 6])
    var header = [
      "account", "source", "audience", "following", "ratio", "percentile", "pagerank", "famous",
    ]
    if lastPosts { header.append("last post") }
    table.add(header)
    for row in rows {
      var cells = [
        label(row, network: fame.network), row.audienceSource.rawValue,
        NumberText.grouped(row.audience), NumberText.grouped(row.following),
        NumberText.fixed(row.ratio, decimals: 1), NumberText.fixed(row.percentile, decimals: 2),
        NumberText.fixed(row.pageRank, decimals: 6), row.reason ?? "no",
      ]
      if lastPosts {
        let day = row.lastPostAt.map(UTCTime.day) ?? "n/a"
        cells.append(row.isInactive == true ? day + " (inactive)" : day)
      }
      table.add(cells)
    }
    return out + table.render()
  }

  /// `inactive: last post before …; K accounts`, or `nil` when no account has a known last
  /// post.
  static func inactivityLine(_ fame: WebFameReport) -> String? {
    guard fame.accounts.contains(where: { $0.lastPostAt != nil }) else { return nil }
    let rule = fame.inactivity
    guard let cutoff = rule.cutoff, let reference = rule.referenceDate else {
      return "inactive: not decided (no --as-of and no snapshot to count "
        + "--inactive-days \(rule.days) back from)"
    }
    return "inactive: last post before \(UTCTime.day(cutoff)) (--inactive-days \(rule.days) "
      + "before \(UTCTime.day(reference))); \(fame.inactive.count) of the population"
  }

  /// One line on how alike the followers and PageRank rankings are.
  ///
  /// - Parameter correlation: The rank correlation.
  /// - Returns: The text.
  public static func correlationText(_ correlation: RankCorrelation) -> String {
    "followers vs PageRank ranking over \(correlation.count) accounts: Spearman "
      + NumberText.fixed(correlation.spearman, decimals: 3) + ", Kendall tau-b "
      + NumberText.fixed(correlation.kendall, decimals: 3)
      + " (Kwak et al. 2010 found the two rankings similar on Twitter)"
  }

  /// The CSV table.
  ///
  /// - Parameters:
  ///   - fame: The network's evidence.
  ///   - all: Whether to list every account.
  /// - Returns: The table.
  public static func csv(_ fame: WebFameReport, all: Bool) -> CSVTable {
    CSVTable(
      header: columns + inactivityColumns,
      rows: shown(fame, all: all).map {
        row(of: $0, network: fame.network) + inactivityCells(of: $0)
      })
  }

  /// The cells of ``inactivityColumns`` for one account: its last post and whether it is
  /// inactive (empty when unknown).
  static func inactivityCells(of fame: AccountFame) -> [CSVTable.Cell] {
    [
      fame.lastPostAt.map { .text(UTCTime.timestamp($0)) } ?? .empty,
      fame.isInactive.map { .text($0 ? "true" : "false") } ?? .empty,
    ]
  }

  /// The CSV cells of one account, in ``columns`` order.
  static func row(of fame: AccountFame, network: Network) -> [CSVTable.Cell] {
    [
      .text(fame.id), fame.handle.map(CSVTable.Cell.text) ?? .empty, .int(fame.audience),
      .text(fame.audienceSource.rawValue), .int(fame.following),
      .text(fame.followingSource.rawValue), .double(fame.ratio), .double(fame.percentile),
      .double(fame.pageRank), .double(fame.pageRankPercentile),
      fame.listedCount.map(CSVTable.Cell.int) ?? .empty,
      fame.isVerified.map { .text($0 ? "true" : "false") } ?? .empty,
      .text(fame.whitelisted ? "true" : "false"), .text(fame.isWebFamous ? "true" : "false"),
      fame.reason.map(CSVTable.Cell.text) ?? .empty, .text(network.rawValue),
    ]
  }

  /// The JSON object of the CLI contract: `thresholds` and `accounts` (by audience).
  ///
  /// - Parameters:
  ///   - fame: The network's evidence.
  ///   - all: Whether to list every account.
  ///   - keepList: The keep-list in use; `whitelist` holds its files (the key's old name) and
  ///     `keep_list_stored_entries` the database's entries.
  /// - Returns: The JSON value.
  public static func json(_ fame: WebFameReport, all: Bool, keepList: KeepListUse) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("network", .string(fame.network.rawValue)),
      (
        "thresholds",
        .object([
          ("min_percentile", .double(fame.criteria.minPercentile)),
          ("min_ratio", .double(fame.criteria.minRatio)),
          ("whitelist", .text(keepList.files)),
          ("whitelist_unmatched", .array(fame.unmatchedWhitelist.map(JSONValue.string))),
          ("keep_list_stored_entries", .int(keepList.storedEntries)),
        ])
      ),
      ("population", .int(fame.population)),
      ("web_famous_count", .int(fame.webFamous.count)),
      ("all", .bool(all)),
      (
        "inactivity",
        .object([
          ("inactive_days", .int(fame.inactivity.days)),
          ("as_of", .text(fame.inactivity.referenceDate.map(UTCTime.day))),
          ("inactive_count", .int(fame.inactive.count)),
        ])
      ),
    ]
    if let pageRank = fame.pageRank {
      members.append(
        (
          "pagerank",
          .object([
            ("damping", .double(pageRank.damping)), ("iterations", .int(pageRank.iterations)),
            ("converged", .bool(pageRank.converged)),
          ])
        ))
    }
    members.append(("rank_correlation", correlationJSON(fame.rankCorrelation)))
    members.append(
      ("accounts", .array(shown(fame, all: all).map { accountJSON($0, network: fame.network) })))
    members.append(
      (
        "definitions",
        .object(
          [
            "audience", "ratio", "percentile", "pagerank", "pagerank_percentile", "web_famous",
            "inactive",
          ].map {
            ($0, .string(MetricDefinitions.definition(of: $0)))
          })
      ))
    return .object(members)
  }

  /// The rank correlation as JSON, `null` when not computed.
  static func correlationJSON(_ correlation: RankCorrelation?) -> JSONValue {
    guard let correlation else { return .null }
    return .object([
      ("accounts", .int(correlation.count)),
      ("spearman", .number(correlation.spearman)),
      ("kendall_tau_b", .number(correlation.kendall)),
      ("rankings", .string("audience (followers_count when known, else in_degree) vs pagerank")),
    ])
  }

  /// One account as JSON.
  static func accountJSON(_ fame: AccountFame, network: Network) -> JSONValue {
    .object([
      ("account", .string(fame.id)), ("handle", .text(fame.handle)),
      ("network", .string(network.rawValue)), ("audience", .int(fame.audience)),
      ("audience_source", .string(fame.audienceSource.rawValue)),
      ("following", .int(fame.following)),
      ("following_source", .string(fame.followingSource.rawValue)),
      ("ratio", .double(fame.ratio)), ("percentile", .double(fame.percentile)),
      ("pagerank", .number(fame.pageRank)),
      ("pagerank_percentile", .number(fame.pageRankPercentile)),
      ("listed_count", .integer(fame.listedCount)),
      ("verified", fame.isVerified.map(JSONValue.bool) ?? .null),
      ("whitelisted", .bool(fame.whitelisted)), ("web_famous", .bool(fame.isWebFamous)),
      ("reason", .text(fame.reason)),
      ("last_post_at", .text(fame.lastPostAt.map(UTCTime.timestamp))),
      ("inactive", fame.isInactive.map(JSONValue.bool) ?? .null),
    ])
  }

  /// `@handle (network:id)` or `network:id`.
  static func label(_ fame: AccountFame, network: Network) -> String {
    let id = AccountID(network: network, value: fame.id)
    return fame.handle.map { "@\($0) (\(id))" } ?? id.description
  }

  /// A threshold without a needless `.0`.
  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
