import FollowAnalysis
import FollowModel
import Foundation

extension NetworkSection {
  /// Changes since earlier snapshots of the owner, or a note saying how to get them.
  func changesPart(_ owner: OwnerReport, ownerIndex: Int) -> Markup {
    let heading = Markup.element("h4", text: "Changes since the last snapshot")
    guard let changes = sections.changes(of: owner.owner.id), !changes.periods.isEmpty else {
      return Markup.join(
        [
          heading,
          HTMLBlocks.note(
            "Not available: import two exports of this account taken at different times to "
              + "see who followed, unfollowed, was followed or dropped in between."),
        ], separator: .newline)
    }
    let periods = changes.periods
    func span(_ p: ChangesSection.Period) -> String {
      "\(UTCTime.day(p.from)) → \(UTCTime.day(p.to))"
    }
    let chart = BarChart(
      labels: ChartLabels(
        id: chartID("owner", String(ownerIndex), "changes"),
        title: "Changes between snapshots",
        description: "Grouped bar chart over \(periods.count) periods. "
          + periods.map { p in
            "\(span(p)): \(p.gainedFollowers.count) new followers, \(p.lostFollowers.count) "
              + "lost, \(p.newFollowing.count) newly followed, \(p.droppedFollowing.count) dropped"
          }.joined(separator: "; ") + ".",
        xLabel: "accounts (count)", yLabel: ""),
      categories: periods.map(span),
      series: [
        BarChart.Series(
          name: "new followers", values: periods.map { Double($0.gainedFollowers.count) }),
        BarChart.Series(
          name: "lost followers", values: periods.map { Double($0.lostFollowers.count) }),
        BarChart.Series(
          name: "newly followed", values: periods.map { Double($0.newFollowing.count) }),
        BarChart.Series(name: "dropped", values: periods.map { Double($0.droppedFollowing.count) }),
      ])
    var parts: [Markup] = [
      heading, HTMLBlocks.figure(chart.svg(), caption: "Dates are when the exports were taken."),
    ]
    guard let latest = periods.last else { return Markup.join(parts) }
    let lists: [(String, [Account])] = [
      ("Lost followers", latest.lostFollowers), ("New followers", latest.gainedFollowers),
      ("Newly followed", latest.newFollowing), ("No longer followed", latest.droppedFollowing),
    ]
    for (title, accounts) in lists where !accounts.isEmpty {
      parts.append(
        HTMLBlocks.table(
          caption: "\(title), \(span(latest)) (\(accounts.count))",
          headers: HTMLBlocks.accountHeaders, rows: accounts.map(HTMLBlocks.accountCells),
          limit: options.tableLimit, fullList: "changes.csv"))
    }
    return Markup.join(parts, separator: .newline)
  }

  /// Topic focus: on-theme share per account, monthly drift and off-theme posts.
  func topicSection() -> Markup {
    let heading = Markup.element("h3", text: "Topic focus")
    guard let topics = sections.topics(in: report.network) else {
      return Markup.join(
        [
          heading,
          HTMLBlocks.note(
            sections.topics.isEmpty
              ? "Not available: run the report with themes (--theme \"name=word,#tag,…\") or "
                + "topic discovery to see how much of each account's posting stays on theme."
              : "No posts were imported for this network, so there is no topic focus to show."),
        ], separator: .newline)
    }
    var parts: [Markup] = [
      heading, HTMLBlocks.paragraph("How topics were found: \(topics.method)"),
    ]
    let ranked = topics.accounts.sorted { a, b in
      a.posts != b.posts
        ? a.posts > b.posts
        : NativeIDOrder.areInIncreasingOrder(a.account.id.value, b.account.id.value)
    }
    let charted = Array(ranked.prefix(25))
    let shares = BarChart(
      labels: ChartLabels(
        id: chartID("topics", "share"), title: "On-theme share of posts per account",
        description: "Bar chart of \(charted.count) accounts with the most posts: "
          + charted.map { "\(HTMLBlocks.name($0.account)) \(NumberText.percent($0.onThemeShare))" }
          .joined(separator: ", ") + ".",
        xLabel: "share of posts on theme (%)", yLabel: ""),
      categories: charted.map { HTMLBlocks.name($0.account) },
      series: [BarChart.Series(name: "on theme", values: charted.map(\.onThemeShare))],
      format: .percent, maximum: 1)
    parts.append(
      HTMLBlocks.figure(
        shares.svg(),
        caption: "The \(charted.count) accounts with the most posts considered"
          + (ranked.count > charted.count ? " (of \(ranked.count))." : ".")))
    parts.append(
      HTMLBlocks.table(
        caption: "Topic focus per account",
        headers: HTMLBlocks.accountHeaders + [
          ("posts", true), ("on-theme share", true), ("dominant topic", false),
        ],
        rows: ranked.map { row in
          HTMLBlocks.accountCells(row.account) + [
            .number(NumberText.grouped(row.posts)),
            .number(row.onThemeShare.map(NumberText.percent)),
            .text(row.dominantTopic ?? ""),
          ]
        }, limit: options.tableLimit, fullList: "topic_focus.csv"))
    if let driftChart = driftFigure(topics.drift) { parts.append(driftChart) }
    parts.append(
      HTMLBlocks.table(
        caption: "Off-theme posts (\(topics.offThemePosts.count))",
        headers: [("date", false), ("author", false), ("post", false), ("id", false)],
        rows: topics.offThemePosts.map { row in
          [
            .date(UTCTime.day(row.post.createdAt)), .text(HTMLBlocks.name(row.author)),
            .longText(row.post.text), .text(row.post.id),
          ]
        }, limit: options.tableLimit, fullList: "off_theme_posts.csv"))
    return Markup.join(parts, separator: .newline)
  }

  /// The monthly on-theme share of each drift line, on one month axis.
  private func driftFigure(_ drift: [TopicSection.Drift]) -> Markup? {
    let allMonths = drift.flatMap { $0.months.map(\.month) }
    guard let first = allMonths.min(), let last = allMonths.max() else { return nil }
    let months = PostingActivity.monthRange(from: first, to: last)
    let position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
    let chart = LineChart(
      labels: ChartLabels(
        id: chartID("topics", "drift"), title: "Monthly on-theme share",
        description: "Line chart from \(first) to \(last). "
          + drift.map { line in
            let shares = line.months.compactMap(\.onThemeShare)
            let mean = shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
            return "\(HTMLBlocks.name(line.account)): \(line.months.count) months, mean monthly "
              + "share \(NumberText.percent(mean))"
          }.joined(separator: "; ") + ".",
        xLabel: "month (UTC)", yLabel: "share of posts on theme (%)"),
      series: drift.map { line in
        var points = months.indices.map { ChartPoint(x: Double($0), y: nil) }
        for month in line.months {
          if let index = position[month.month] { points[index].y = month.onThemeShare }
        }
        return LineChart.Series(name: HTMLBlocks.name(line.account), points: points)
      }, yFormat: .percent, yRange: 0...1, xTickLabels: Self.monthTicks(months))
    return HTMLBlocks.figure(
      chart.svg(), caption: "Months without posts are gaps in the line.")
  }
}
