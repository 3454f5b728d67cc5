import FollowAnalysis
import FollowModel
import Foundation

/// Published reciprocity of Twitter, shown beside this data as an external reference.
enum ExternalFigures {
  /// Kwak, Lee, Park & Moon 2010: share of linked user pairs that are reciprocal.
  static let kwakPairReciprocity = 0.221
  /// The same in edge form, r_edge = 2·r_pair / (1 + r_pair) ≈ 0.362.
  static let kwakEdgeReciprocity = 2 * 0.221 / 1.221
  /// The citation.
  static let kwakSource =
    "Kwak, Lee, Park & Moon 2010, \"What is Twitter, a social network or a news media?\" "
    + "(WWW '10): a crawl of 41.7 million Twitter profiles and 1.47 billion follows in 2009"
}

extension NetworkSection {
  /// Edge and pair reciprocity and ρ, beside Kwak et al.'s Twitter figure.
  func reciprocitySection() -> Markup {
    let g = report.graph
    let rows: [(String, String)] = [
      ("edge_reciprocity", NumberText.fixed(g.edgeReciprocity, decimals: 6)),
      ("pair_reciprocity", NumberText.fixed(g.pairReciprocity, decimals: 6)),
      ("rho", NumberText.fixed(g.rho, decimals: 6)),
      ("density", NumberText.fixed(g.density, decimals: 6)),
    ]
    let chart = BarChart(
      labels: ChartLabels(
        id: chartID("reciprocity"),
        title: "Reciprocity of network \(report.network) beside Twitter 2010 (external)",
        description: "Grouped bar chart. This network: edge reciprocity "
          + "\(NumberText.percent(g.edgeReciprocity)), pair reciprocity "
          + "\(NumberText.percent(g.pairReciprocity)). External figure for Twitter, Kwak et al. "
          + "2010: pair reciprocity 22.1 %, edge form about 36.2 %.",
        xLabel: "share (%)", yLabel: ""),
      categories: ["edge reciprocity", "pair reciprocity"],
      series: [
        BarChart.Series(
          name: "this network (\(report.network))", values: [g.edgeReciprocity, g.pairReciprocity]),
        BarChart.Series(
          name: "Twitter 2010, Kwak et al. (external)",
          values: [ExternalFigures.kwakEdgeReciprocity, ExternalFigures.kwakPairReciprocity]),
      ], format: .percent, maximum: 1)
    return Markup.join(
      [
        .element("h3", text: "Reciprocity of the whole graph"),
        HTMLBlocks.table(
          caption: "Graph-wide reciprocity (distinct follows, self-follows dropped)",
          headers: [("figure", false), ("value", true), ("definition", false)],
          rows: rows.map { key, value in
            [
              .text(key.replacingOccurrences(of: "_", with: " ")), .number(value),
              .longText(MetricDefinitions.definition(of: key)),
            ]
          }, limit: nil),
        HTMLBlocks.figure(
          chart.svg(),
          caption: "Edge form = share of follows returned; pair form = share of linked pairs "
            + "that are mutual; r_edge = 2·r_pair / (1 + r_pair)."),
        HTMLBlocks.note(
          "External reference, not computed from your data: \(ExternalFigures.kwakSource), "
            + "report that only 22.1 % of linked user pairs are reciprocal (pair form), about "
            + "36.2 % in edge form. An ego export or a topical community is a different "
            + "population, so expect different values; ρ corrects for density, which matters "
            + "for small dense graphs.", external: true),
      ], separator: .newline)
  }

  /// Followers and following as complementary CDFs on log-log axes.
  func distributionSection() -> Markup {
    let followers = report.degreeCCDF.followers
    let following = report.degreeCCDF.following
    func describe(_ name: String, _ points: [CCDFPoint]) -> String {
      guard let last = points.last, let first = points.first else { return "no \(name)" }
      return "\(name) from \(first.degree) to \(last.degree), "
        + "\(NumberText.percent(first.share)) of accounts have at least \(first.degree)"
    }
    let chart = LineChart(
      labels: ChartLabels(
        id: chartID("ccdf"), title: "Degree distributions of network \(report.network)",
        description: "Log-log line chart of complementary CDFs over "
          + "\(NumberText.grouped(report.perAccount.count)) accounts: "
          + describe("followers", followers) + "; " + describe("following", following) + ".",
        xLabel: "accounts (count, log scale)", yLabel: "share of accounts with at least x (log)"),
      series: [
        LineChart.Series(
          name: "followers",
          points: followers.map { ChartPoint(x: Double($0.degree), y: $0.share) }),
        LineChart.Series(
          name: "following",
          points: following.map { ChartPoint(x: Double($0.degree), y: $0.share) }),
      ], xKind: .logarithmic, yKind: .logarithmic, xFormat: .compact, yFormat: .percent)
    return Markup.join(
      [
        .element("h3", text: "Degree distributions"),
        HTMLBlocks.figure(
          chart.svg(),
          caption: "Within the imported graph: for each count x, the share of accounts with at "
            + "least x followers (or following). In an export of one account most others "
            + "appear with a single follow, so the curves mostly describe the owner's lists."),
      ], separator: .newline)
  }

  /// Followers against following on log-log axes; with audience data, the web famous
  /// accounts are highlighted and the thresholds drawn.
  func scatterSection() -> Markup {
    let chart: ScatterChart
    let caption: String
    if let famous {
      let ordinary = famous.accounts.filter { !$0.webFamous }
      let stars = famous.accounts.filter(\.webFamous)
      func points(_ entries: [FamousSection.Entry]) -> [ScatterChart.Point] {
        entries.compactMap { entry in
          guard let audience = entry.audience, let following = entry.following else { return nil }
          return ScatterChart.Point(
            x: Double(following), y: Double(audience), label: HTMLBlocks.name(entry.account))
        }
      }
      var lines: [ScatterChart.ReferenceLine] = [
        .proportional(
          slope: famous.minRatio,
          label: "followers = \(NumberText.fixed(famous.minRatio, decimals: 1)) × following")
      ]
      if let threshold = famous.audienceThreshold {
        lines.insert(
          .horizontal(
            threshold,
            label: "\(NumberText.fixed(famous.minPercentile, decimals: 1))th percentile: "
              + ChartScale.compact(threshold)), at: 0)
      }
      chart = ScatterChart(
        labels: ChartLabels(
          id: chartID("scatter"), title: "Followers vs following, web famous highlighted",
          description: "Log-log scatter plot of \(famous.accounts.count) accounts; "
            + "\(stars.count) web famous (audience percentile at least "
            + "\(NumberText.fixed(famous.minPercentile, decimals: 1)) and followers at least "
            + "\(NumberText.fixed(famous.minRatio, decimals: 1)) times following"
            + (famous.whitelisted > 0 ? ", or whitelisted" : "") + ").",
          xLabel: "following (count, log scale)", yLabel: "followers (count, log scale)"),
        groups: [
          ScatterChart.Group(name: "other accounts", points: points(ordinary)),
          ScatterChart.Group(name: "web famous", points: points(stars)),
        ], referenceLines: lines)
      caption =
        "Web famous = above the horizontal line and the diagonal (or whitelisted). "
        + "Audience is the platform's follower count when imported, else followers in the graph."
    } else {
      let owners = Set(report.owners.compactMap(\.etiquette.account))
      func points(_ rows: [AccountReciprocity]) -> [ScatterChart.Point] {
        rows.map { row in
          let id = report.accountIDs[row.account]
          return ScatterChart.Point(
            x: Double(row.following), y: Double(row.followers),
            label: report.directory.handle(of: id).map { "@" + $0 } ?? id)
        }
      }
      chart = ScatterChart(
        labels: ChartLabels(
          id: chartID("scatter"), title: "Followers vs following within the graph",
          description: "Log-log scatter plot of \(report.perAccount.count) accounts' followers "
            + "against following within the imported graph"
            + (owners.isEmpty ? "." : "; export owners highlighted."),
          xLabel: "following (count, log scale)", yLabel: "followers (count, log scale)"),
        groups: [
          ScatterChart.Group(
            name: "accounts",
            points: points(report.perAccount.filter { !owners.contains($0.account) })),
          ScatterChart.Group(
            name: "export owners",
            points: points(report.perAccount.filter { owners.contains($0.account) })),
        ].filter { !$0.points.isEmpty || $0.name == "accounts" })
      caption =
        "Counts within the imported graph. Web famous accounts and their thresholds: "
        + "not available; import audience data (profiles with follower counts) to see them."
    }
    return Markup.join(
      [
        .element("h3", text: "Followers vs following"),
        HTMLBlocks.figure(chart.svg(), caption: caption),
      ], separator: .newline)
  }
}
