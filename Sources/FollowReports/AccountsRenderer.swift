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
    report.sortedPerAccount.map { row in
      let id = report.accountIDs[row.account]
      return [
        .text(id), .int(row.following), .int(row.followers), .int(row.mutual),
        .double(row.followBackRate), .double(row.followersFollowedBackRate),
        .double(row.reciprocity), .double(report.pageRank?.scores[row.account]),
        report.directory.handle(of: id).map(CSVTable.Cell.text) ?? .empty,
        .text(report.network.rawValue),
      ]
    }
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
        return .object([
          ("account", .string(id)), ("following", .int(row.following)),
          ("followers", .int(row.followers)), ("mutual", .int(row.mutual)),
          ("follow_back_rate", .number(row.followBackRate)),
          ("followers_followed_back_rate", .number(row.followersFollowedBackRate)),
          ("reciprocity", .number(row.reciprocity)),
          ("pagerank", .number(report.pageRank?.scores[row.account])),
          ("handle", .text(report.directory.handle(of: id))),
          ("network", .string(report.network.rawValue)),
        ])
      })
  }
}
