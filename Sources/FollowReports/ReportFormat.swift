import FollowAnalysis
import FollowModel
import Foundation

/// The sets of files `followgraph report --format` can write.
public enum ReportFormat: String, CaseIterable, Comparable, Sendable {
  /// `summary.txt`.
  case text
  /// `accounts.csv`, `not_following_back.csv`, `fans.csv`, `mutuals.csv`.
  case csv
  /// `index.html`.
  case html
  /// `report.json`.
  case json

  public static func < (lhs: ReportFormat, rhs: ReportFormat) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  /// The files of this format, with one line each on what they hold.
  public var fileDescriptions: [(String, String)] {
    switch self {
    case .text: ReportBundle.fileDescriptions.filter { $0.0.hasSuffix(".txt") }
    case .csv: ReportBundle.fileDescriptions.filter { $0.0.hasSuffix(".csv") }
    case .html:
      [
        (
          "index.html",
          "the report as one self-contained web page with charts (open it in a browser)"
        )
      ]
    case .json:
      [("report.json", "everything in summary.txt and the CSV files as one JSON document")]
    }
  }
}

extension ReportBundle {
  /// The files of the chosen formats, in a fixed order: text, CSV, HTML, JSON.
  ///
  /// - Parameters:
  ///   - input: What to report.
  ///   - formats: Which file sets to write.
  ///   - html: Options of the HTML page.
  /// - Returns: The files.
  public static func render(
    _ input: ReportInput, formats: Set<ReportFormat>, html: HTMLReportOptions = HTMLReportOptions()
  ) -> [ReportFile] {
    let written = formats.sorted().flatMap(\.fileDescriptions)
    var files: [ReportFile] = []
    for format in formats.sorted() {
      switch format {
      case .text:
        files.append(
          ReportFile(
            name: "summary.txt",
            contents: DisplayText.terminalSafe(summaryText(input, files: written))
          ))
      case .csv:
        files += render(input).filter { $0.name.hasSuffix(".csv") }
      case .html:
        files.append(
          ReportFile(name: "index.html", contents: HTMLReport.render(input, options: html)))
      case .json:
        files.append(ReportFile(name: "report.json", contents: ReportJSON.json(input).render()))
      }
    }
    return files
  }
}

/// The `report.json` document: the report's figures and lists as one JSON value.
public enum ReportJSON {
  /// The document: `as_of`, `summary`, `headlines` (each export owner's answers,
  /// ``headline(_:)``), `networks` (each with graph figures, owners with their lists, degree
  /// distributions and per-account rows) and `definitions`.
  ///
  /// - Parameter input: What to report.
  /// - Returns: The JSON value.
  public static func json(_ input: ReportInput) -> JSONValue {
    .object([
      ("as_of", .string(UTCTime.day(input.asOf))),
      ("summary", SummaryRenderer.json(input.summary, includeRunTimes: false)),
      ("headlines", headlines(input.headlines)),
      ("networks", .array(input.networks.map(network))),
      ("definitions", .object(MetricDefinitions.all.map { ($0.key, .string($0.definition)) })),
    ])
  }

  static func network(_ report: NetworkReport) -> JSONValue {
    let g = report.graph
    func accounts(_ list: [Account]) -> JSONValue {
      .array(
        list.map { account in
          .object([
            ("account", .string(account.id.value)), ("handle", .text(account.handle)),
            ("display_name", .text(account.displayName)),
          ])
        })
    }
    func ccdf(_ points: [CCDFPoint]) -> JSONValue {
      .array(points.map { .object([("degree", .int($0.degree)), ("share", .double($0.share))]) })
    }
    return .object([
      ("network", .string(report.network.rawValue)),
      (
        "graph",
        .object([
          ("accounts", .int(g.accounts)), ("follows", .int(g.follows)),
          ("reciprocated_follows", .int(g.reciprocatedFollows)),
          ("mutual_pairs", .int(g.mutualPairs)),
          ("edge_reciprocity", .number(g.edgeReciprocity)),
          ("pair_reciprocity", .number(g.pairReciprocity)),
          ("density", .number(g.density)), ("rho", .number(g.rho)),
        ])
      ),
      (
        "owners",
        .array(
          report.owners.map { owner in
            guard case .object(var members) = ReciprocityRenderer.ownerJSON(owner) else {
              return .null
            }
            members.append(("not_following_back_accounts", accounts(owner.notFollowingBack)))
            members.append(("fans_accounts", accounts(owner.fans)))
            members.append(("mutual_accounts", accounts(owner.mutuals)))
            return .object(members)
          })
      ),
      (
        "degree_ccdf",
        .object([
          ("followers", ccdf(report.degreeCCDF.followers)),
          ("following", ccdf(report.degreeCCDF.following)),
        ])
      ),
      ("accounts", AccountsRenderer.json([report])),
    ])
  }
}
