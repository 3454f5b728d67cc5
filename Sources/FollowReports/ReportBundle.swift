import FollowModel
import Foundation

/// One file of a report folder.
public struct ReportFile: Equatable, Sendable {
  /// The file name inside `--out`.
  public var name: String
  /// The content.
  public var contents: String

  /// Creates a file.
  ///
  /// - Parameters:
  ///   - name: The file name.
  ///   - contents: The content.
  public init(name: String, contents: String) {
    self.name = name
    self.contents = contents
  }
}

/// What `followgraph report` renders: each fact once, as the use cases computed it.
///
/// The HTML report's optional sections are a view of these facts, built in one place
/// (``ReportSections/init(_:)``), not a second copy held here.
public struct ReportInput: Sendable {
  /// The report date (`--as-of`).
  public var asOf: Date
  /// What the database holds.
  public var summary: DatabaseSummary
  /// One report per network, sorted by network, with its web-famous evidence when computed.
  public var networks: [NetworkReport]
  /// Each export owner's changes between snapshots; `nil` leaves `changes.csv` and the
  /// summary section out.
  public var changes: [OwnerChanges]?
  /// Topic focus of the posts, when the report includes it.
  public var topics: TopicReport?
  /// Posts per month, one per export owner with posts.
  public var activity: [PostingActivity]
  /// For each export owner whose lists are both known, the accounts they follow that do not
  /// follow back, most likely to follow back first (`likely`).
  public var forecasts: [OwnerForecast] = []
  /// One headline per export owner, in the order of the networks and their owners: the
  /// answers the report opens with.
  public var headlines: [OwnerHeadline] = []

  /// Creates the input.
  ///
  /// - Parameters:
  ///   - asOf: The report date.
  ///   - summary: What the database holds.
  ///   - networks: One report per network.
  ///   - changes: Each export owner's changes between snapshots.
  ///   - topics: Topic focus of the posts.
  ///   - activity: Posts per month of each export owner with posts.
  public init(
    asOf: Date, summary: DatabaseSummary, networks: [NetworkReport],
    changes: [OwnerChanges]? = nil, topics: TopicReport? = nil, activity: [PostingActivity] = []
  ) {
    self.asOf = asOf
    self.summary = summary
    self.networks = networks
    self.changes = changes
    self.topics = topics
    self.activity = activity
  }
}

extension ReportInput {
  /// The networks in the order the report shows them, with their index in ``networks``
  /// (anchors and chart ids keep that index): networks with an export owner first, then
  /// whole graphs (edge lists and other exports without an owner), each group by name.
  public var networksInReportOrder: [(index: Int, report: NetworkReport)] {
    let indexed = networks.enumerated().map { (index: $0.offset, report: $0.element) }
    return indexed.filter { !$0.report.owners.isEmpty }
      + indexed.filter { $0.report.owners.isEmpty }
  }
}

/// Renders the files of a report folder: `summary.txt` and the CSV files.
public enum ReportBundle {
  /// The files, in a fixed order.
  ///
  /// - Parameter input: What to report.
  /// - Returns: The files.
  public static func render(_ input: ReportInput) -> [ReportFile] {
    var files = [
      ReportFile(name: "summary.txt", contents: DisplayText.terminalSafe(summaryText(input))),
      ReportFile(name: "accounts.csv", contents: AccountsRenderer.csv(input.networks).render()),
      ReportFile(name: "not_following_back.csv", contents: notFollowingBackCSV(input).render()),
      ReportFile(name: "fans.csv", contents: listCSV(input, \.fans).render()),
      ReportFile(name: "mutuals.csv", contents: listCSV(input, \.mutuals).render()),
    ]
    if input.networks.contains(where: { $0.fame != nil }) {
      files.append(ReportFile(name: "web_famous.csv", contents: webFamousCSV(input).render()))
    }
    if let changes = input.changes {
      files.append(ReportFile(name: "changes.csv", contents: ChangesRenderer.csv(changes).render()))
    }
    files += mastodonFollowingFiles(input)
    return files + (input.topics.map(TopicReportFiles.render) ?? [])
  }

  /// The files the report writes, with one line each on what they hold.
  public static let fileDescriptions: [(String, String)] =
    [
      ("summary.txt", "this summary"),
      (
        "accounts.csv",
        "one row per account: following, followers, mutual, the three ratios and PageRank"
      ),
      (
        "not_following_back.csv",
        "per owner: accounts the owner follows that do not follow back, triaged (web_famous, inactive, ordinary, unknown_audience) with evidence"
      ),
      ("fans.csv", "per owner: accounts following the owner that the owner does not follow"),
      ("mutuals.csv", "per owner: accounts following each other with the owner"),
      (
        "web_famous.csv",
        "web-famous accounts with their evidence (audience, ratio, percentile, PageRank) and the owners they do not follow back"
      ),
      (
        "changes.csv",
        "per owner: followers gained and lost, followings added and dropped, mutual follows gained and lost, between consecutive snapshots"
      ),
      (
        "mastodon_following_keep.csv",
        "Mastodon owners only: Mastodon's following-list import file of the accounts you follow, minus the ordinary non-reciprocators not on the keep-list (web famous, unknown audience, kept and mutuals stay); review it, then import it yourself"
      ),
    ] + TopicReportFiles.descriptions

  static func summaryText(
    _ input: ReportInput, files written: [(String, String)] = fileDescriptions
  )
    -> String
  {
    var out = "FollowGraph report, as of \(UTCTime.day(input.asOf))\n\n"
    // The answers first: each export owner's headline, then the owners' networks, then the
    // whole-graph networks, with what the database holds last.
    if input.summary.owners.isEmpty && input.headlines.isEmpty {
      out += "No imported export names its owner, so there is no follow-back answer; the "
      out += "networks below are whole graphs.\n"
    }
    for (index, headline) in input.headlines.enumerated() {
      out += (index == 0 ? "" : "\n") + HeadlineRenderer.text(headline)
    }
    for (_, network) in input.networksInReportOrder {
      out += "\n== Network \(network.network)"
      out += network.owners.isEmpty ? " (whole graph) ==\n\n" : " ==\n\n"
      for owner in network.owners {
        out += ReciprocityRenderer.ownerText(owner, listLimit: 0) + "\n"
      }
      out += ReciprocityRenderer.graphText(network)
      out += fameText(network)
    }
    out += changesText(input.changes ?? [])
    if let topics = input.topics {
      out += "\n== Topic focus ==\n\n"
      out += TopicsTextRenderer.summarySection(topics.analysis, names: topics.names)
    }
    out += "\n== What the database holds ==\n\n"
    out += SummaryRenderer.text(input.summary)
    out += "\nFiles\n"
    var files = TextTable()
    // The Mastodon following file is listed only when the report has a Mastodon owner for it.
    let mastodon = !mastodonFollowingFiles(input).isEmpty
    for (name, description) in written
    where mastodon || !name.hasPrefix(mastodonFollowingName) {
      files.add(name, description)
    }
    out += files.render()
    out += "\nUndefined ratios (division by zero) are 'n/a' here and empty cells in CSV files.\n"
    return out
  }

  static func listCSV(_ input: ReportInput, _ list: KeyPath<OwnerReport, [Account]>) -> CSVTable {
    var table = CSVTable(header: ["owner", "account", "handle", "display_name", "network"])
    for network in input.networks {
      for owner in network.owners {
        for account in owner[keyPath: list] {
          table.rows.append([
            .text(owner.owner.id.value), .text(account.id.value),
            account.handle.map(CSVTable.Cell.text) ?? .empty,
            account.displayName.map(CSVTable.Cell.text) ?? .empty,
            .text(account.id.network.rawValue),
          ])
        }
      }
    }
    return table
  }
}
