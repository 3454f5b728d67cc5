import FollowAnalysis
import FollowModel

extension AccountsRenderer {
  /// The CSV header line of `followgraph accounts`.
  public static var csvHeaderLine: String { CSVTable(header: columns, rows: []).render() }

  /// One CSV line of `followgraph accounts` from figures a store computed (in-database
  /// analysis), cell for cell as ``csv(_:)`` renders the same account from the in-memory
  /// graph.
  ///
  /// - Parameters:
  ///   - counts: The account's counts and handle.
  ///   - pageRank: Its PageRank score, if computed.
  ///   - network: The network.
  ///   - unknown: Whether its following or followers list is unknown (an export owner whose
  ///     export does not list them): those figures are then empty.
  /// - Returns: The line, ending with a line break.
  public static func csvLine(
    _ counts: AccountFollowCounts, pageRank: Double?, network: Network,
    unknown: (following: Bool, followers: Bool)
  ) -> String {
    let partial = unknown.following || unknown.followers
    let row = AccountReciprocity(
      account: 0, following: counts.following, followers: counts.followers,
      mutual: counts.mutual)
    let cells: [CSVTable.Cell] = [
      .text(counts.id), unknown.following ? .empty : .int(counts.following),
      unknown.followers ? .empty : .int(counts.followers), partial ? .empty : .int(counts.mutual),
      .double(partial ? nil : row.followBackRate),
      .double(partial ? nil : row.followersFollowedBackRate),
      .double(partial ? nil : row.reciprocity),
      .double(pageRank), counts.handle.map(CSVTable.Cell.text) ?? .empty,
      .text(network.rawValue),
    ]
    var out = ""
    for (index, cell) in cells.enumerated() {
      if index > 0 { out.append(",") }
      CSVTable.append(cell, to: &out)
    }
    out.append("\n")
    return out
  }
}
