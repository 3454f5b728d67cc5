import FollowAnalysis
import FollowModel
import Foundation

extension NetworkSection {
  /// One export owner: headline figures, charts, non-reciprocators, fans, changes, activity.
  func ownerSection(_ owner: OwnerReport, ownerIndex: Int) -> Markup {
    let e = owner.etiquette
    let who = owner.owner.label
    // Mutual follows, non-reciprocators and fans need both lists.
    let bothKnown = e.followingKnown && e.followersKnown
    let famousFigures = famous?.owners.first { $0.owner == owner.owner.id }
    var cards: [(label: String, value: String)] = [
      ("following", HTMLBlocks.count(e.following, known: e.followingKnown)),
      ("followers", HTMLBlocks.count(e.followers, known: e.followersKnown)),
      ("mutual", HTMLBlocks.count(e.mutual, known: bothKnown)),
      ("follow-back rate", NumberText.percent(e.followBackRate)),
      ("followers followed back", NumberText.percent(e.followersFollowedBackRate)),
    ]
    if let famousFigures {
      cards.append(
        (
          "follow-back rate without web famous",
          NumberText.percent(famousFigures.followBackRateExcludingFamous)
        ))
    }
    var parts: [Markup] = [.element("h3", text: "Follow-back etiquette of \(who)")]
    if let name = owner.owner.displayName {
      parts.append(.element("p", ["class": "muted"], text: "Display name: \(name)"))
    }
    parts.append(HTMLBlocks.cards(cards))
    if !e.followersKnown {
      parts.append(
        HTMLBlocks.note(
          "The export does not list this account's followers, so follow-backs are unknown; "
            + "import a followers list to see them."))
    }
    let counts = BarChart(
      labels: ChartLabels(
        id: chartID("owner", String(ownerIndex), "counts"),
        title: "Following, followers and mutual follows",
        description:
          "Bar chart. Following \(HTMLBlocks.count(e.following, known: e.followingKnown)), "
          + "followers \(HTMLBlocks.count(e.followers, known: e.followersKnown)), mutual "
          + "\(HTMLBlocks.count(e.mutual, known: bothKnown)), not following back "
          + "\(HTMLBlocks.count(owner.notFollowingBack.count, known: bothKnown)), fans "
          + "\(HTMLBlocks.count(owner.fans.count, known: bothKnown)).",
        xLabel: "accounts (count)", yLabel: ""),
      categories: ["following", "followers", "mutual", "not following back", "fans"],
      series: [
        BarChart.Series(
          name: "accounts",
          values: [
            e.followingKnown ? Double(e.following) : nil,
            e.followersKnown ? Double(e.followers) : nil, bothKnown ? Double(e.mutual) : nil,
            bothKnown ? Double(owner.notFollowingBack.count) : nil,
            bothKnown ? Double(owner.fans.count) : nil,
          ])
      ])
    parts.append(
      HTMLBlocks.figure(
        counts.svg(),
        caption: "Mutual = accounts followed that follow back. Not following back = followed, "
          + "not following; fans = following, not followed back."))
    parts.append(ratesFigure(owner, famousFigures: famousFigures, ownerIndex: ownerIndex))
    if let activity = sections.activity(of: owner.owner.id), !activity.months.isEmpty {
      parts.append(activityFigure(activity, who: who, ownerIndex: ownerIndex))
    }
    parts.append(nonReciprocatorTable(owner, famousFigures: famousFigures))
    if bothKnown {
      parts.append(
        HTMLBlocks.table(
          caption: "Fans: following \(who), not followed back (\(owner.fans.count))",
          headers: HTMLBlocks.accountHeaders, rows: owner.fans.map(HTMLBlocks.accountCells),
          limit: options.tableLimit, fullList: "fans.csv"))
    }
    if let likely = likelyPart(owner) { parts.append(likely) }
    parts.append(changesPart(owner, ownerIndex: ownerIndex))
    return .element(
      "section", ["class": "owner"], parts.flatMap { [$0, .newline] })
  }

  /// Follow-back rate and its mirror, with the rate without web famous accounts when known.
  private func ratesFigure(
    _ owner: OwnerReport, famousFigures: FamousSection.OwnerFigures?, ownerIndex: Int
  ) -> Markup {
    let e = owner.etiquette
    var categories = ["follow-back rate", "followers followed back"]
    var values = [e.followBackRate, e.followersFollowedBackRate]
    if let famousFigures {
      categories.append("follow-back rate without web famous")
      values.append(famousFigures.followBackRateExcludingFamous)
    }
    let text = zip(categories, values).map { "\($0) \(NumberText.percent($1))" }
      .joined(separator: ", ")
    let chart = BarChart(
      labels: ChartLabels(
        id: chartID("owner", String(ownerIndex), "rates"),
        title: "Follow-back rates",
        description: "Bar chart of shares. \(text).", xLabel: "share of accounts (%)", yLabel: ""),
      categories: categories, series: [BarChart.Series(name: "share", values: values)],
      format: .percent, maximum: 1)
    let caption =
      famousFigures == nil
      ? "Follow-back rate = mutual / following; followers followed back = mutual / followers. "
        + "The rate without web famous accounts needs audience data (not available: import "
        + "profiles with follower counts to tell web famous accounts apart)."
      : "Follow-back rate = mutual / following; followers followed back = mutual / followers; "
        + "the last bar leaves web famous followings out."
    return HTMLBlocks.figure(chart.svg(), caption: caption)
  }

  /// Posts per month, originals, replies and reposts.
  private func activityFigure(_ activity: PostingActivity, who: String, ownerIndex: Int)
    -> Markup
  {
    let months = activity.months
    let total = months.reduce(0) { $0 + $1.originals + $1.replies + $1.reposts }
    let busiest = months.max { a, b in
      a.originals + a.replies + a.reposts < b.originals + b.replies + b.reposts
    }
    func series(_ name: String, _ value: (PostingActivity.Month) -> Int) -> LineChart.Series {
      LineChart.Series(
        name: name,
        points: months.enumerated().map {
          ChartPoint(x: Double($0.offset), y: Double(value($0.element)))
        })
    }
    let chart = LineChart(
      labels: ChartLabels(
        id: chartID("owner", String(ownerIndex), "activity"),
        title: "Posts per month",
        description: "Line chart of \(total) posts over \(months.count) months from "
          + "\(months.first?.month ?? "") to \(months.last?.month ?? "")"
          + (busiest.map { "; busiest month \($0.month)" } ?? "") + ".",
        xLabel: "month (UTC)", yLabel: "posts per month (count)"),
      series: [
        series("original posts", \.originals), series("replies", \.replies),
        series("reposts", \.reposts),
      ],
      xTickLabels: Self.monthTicks(months.map(\.month)))
    return HTMLBlocks.figure(
      chart.svg(),
      caption: "Counted by UTC month; a repost that is also a reply counts as a repost.")
  }

  /// At most 8 evenly spaced month labels for an axis over `months`, so they never overlap.
  static func monthTicks(_ months: [String]) -> [(Double, String)] {
    let step = max(1, (months.count + 7) / 8)
    return months.enumerated().filter { $0.offset % step == 0 }.map {
      (Double($0.offset), $0.element)
    }
  }

  /// Accounts the owner follows that do not follow back, triaged when audience data exists.
  private func nonReciprocatorTable(
    _ owner: OwnerReport, famousFigures: FamousSection.OwnerFigures?
  )
    -> Markup
  {
    let e = owner.etiquette
    let who = owner.owner.label
    guard e.followersKnown else { return .empty }
    guard let famousFigures else {
      return Markup.join(
        [
          HTMLBlocks.table(
            caption:
              "Not following back: followed by \(who), not following (\(owner.notFollowingBack.count))",
            headers: HTMLBlocks.accountHeaders,
            rows: owner.notFollowingBack.map(HTMLBlocks.accountCells), limit: options.tableLimit,
            fullList: "not_following_back.csv"),
          HTMLBlocks.note(
            "Triage into web famous, inactive, ordinary and unknown audience: not available. Import "
              + "audience data (profiles with follower counts) to tell accounts that are "
              + "simply web famous from ordinary ones that chose not to follow back."),
        ], separator: .newline)
    }
    let order: [TriageCategory] = [.ordinary, .inactive, .unknownAudience, .webFamous]
    let sorted = famousFigures.nonReciprocators.enumerated().sorted { a, b in
      let ra = order.firstIndex(of: a.element.triage) ?? 0
      let rb = order.firstIndex(of: b.element.triage) ?? 0
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
    let tally = order.map { triage in
      "\(sorted.filter { $0.triage == triage }.count) \(triage.words)"
    }.joined(separator: ", ")
    let table = HTMLBlocks.table(
      caption: "Not following back, triaged (\(sorted.count): \(tally))",
      headers: HTMLBlocks.accountHeaders + [
        ("triage", false), ("audience", true), ("following", true), ("ratio", true),
        ("percentile", true),
      ],
      rows: sorted.map { entry, triage in
        HTMLBlocks.accountCells(entry.account) + [
          .text(triage.words), .number(entry.audience.map(NumberText.grouped)),
          .number(entry.following.map(NumberText.grouped)),
          .number(entry.ratio.map { NumberText.fixed($0, decimals: 1) }),
          .number(entry.percentile.map { NumberText.fixed($0, decimals: 1) }),
        ]
      }, limit: options.tableLimit, fullList: "not_following_back.csv")
    guard !owner.kept.isEmpty else { return table }
    return Markup.join(
      [
        table,
        HTMLBlocks.note(
          "Kept (\(owner.kept.count)), on the keep-list and not counted as not following back: "
            + owner.kept.map(\.label).joined(separator: ", ") + "."),
      ], separator: .newline)
  }
}
