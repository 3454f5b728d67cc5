import FollowAnalysis
import FollowModel

/// Renders `followgraph accounts`: one row per account with its follow-back figures.
public enum AccountsRenderer {
  /// The column names, in the order of the CLI contract; `pagerank` (empty when not computed)
  /// follows `reciprocity`.
  public static let columns = [
    "account", "following", "followers", "mutual", "follow_back_rate",
    "followers_followed_back_rate", "reciprocity", "pagerank", "handle", "network",
  ]

  /// The CSV table, sorted by account id; undefined ratios are empty cells.
  ///
  /// - Parameter reports: The networks' reports, in order.
  /// - Returns: The table.
  public static func csv(_ reports: [NetworkReport]) -> CSVTable {
    CSVTable(
      header: columns,
      rows: reports.flatMap { report in rows(report) })
  }

  private static func rows(_ report: NetworkReport) -> [[CSVTable.Cell]] {
    let unknown = unknownLists(report)
    return report.sortedPerAccount.map { row in
      let id = report.accountIDs[row.account]
      let lists = unknown[id] ?? (following: false, followers: false)
      let partial = lists.following || lists.followers
      return [
        .text(id), lists.following ? .empty : .int(row.following),
        lists.followers ? .empty : .int(row.followers), partial ? .empty : .int(row.mutual),
        .double(partial ? nil : row.followBackRate),
        .double(partial ? nil : row.followersFollowedBackRate),
        .double(partial ? nil : row.reciprocity), .double(report.pageRank?.scores[row.account]),
        report.directory.handle(of: id).map(CSVTable.Cell.text) ?? .empty,
        .text(report.network.rawValue),
      ]
    }
  }

  /// Export owners whose following or followers list no export holds (Mastodon and Bluesky
  /// exports have no followers): their counts in the graph are not the real ones, so those
  /// figures are undefined rather than 0.
  static func unknownLists(_ report: NetworkReport) -> [String: (following: Bool, followers: Bool)]
  {
    var unknown: [String: (following: Bool, followers: Bool)] = [:]
    for owner in report.owners
    where !owner.etiquette.followingKnown || !owner.etiquette.followersKnown {
      unknown[owner.owner.id.value] = (
        !owner.etiquette.followingKnown, !owner.etiquette.followersKnown
      )
    }
    return unknown
  }

  /// A JSON array with one object per account, keys as the CSV columns; undefined is `null`.
  ///
  /// - Parameter reports: The networks' reports, in order.
  /// - Returns: The JSON value.
  public static func json(_ reports: [NetworkReport]) -> JSONValue {
    .array(
      reports.flatMap { report in
        report.sortedPerAccount.map { row in (report, row) }
      }.map { report, row in
        let id = report.accountIDs[row.account]
        let lists = unknownLists(report)[id] ?? (following: false, followers: false)
        let partial = lists.following || lists.followers
        return .object([
          ("account", .string(id)), ("following", lists.following ? .null : .int(row.following)),
          ("followers", lists.followers ? .null : .int(row.followers)),
          ("mutual", partial ? .null : .int(row.mutual)),
          ("follow_back_rate", .number(partial ? nil : row.followBackRate)),
          ("followers_followed_back_rate", .number(partial ? nil : row.followersFollowedBackRate)),
          ("reciprocity", .number(partial ? nil : row.reciprocity)),
          ("pagerank", .number(report.pageRank?.scores[row.account])),
          ("handle", .text(report.directory.handle(of: id))),
          ("network", .string(report.network.rawValue)),
        ])
      })
  }
}
