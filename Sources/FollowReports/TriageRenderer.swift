import FollowAnalysis
import FollowModel
import Foundation

/// Renders the triage of an owner's non-reciprocators: web famous, inactive, ordinary, unknown
/// audience, and the kept ones (the keep-list) apart.
public enum TriageRenderer {
  /// The classes of accounts counted as not following back (every class but kept).
  static let notFollowingBackCategories: [TriageCategory] = [
    .webFamous, .inactive, .ordinary, .unknownAudience,
  ]

  /// What each class means, for headings.
  static let headings: [(TriageCategory, String)] = [
    (.webFamous, "Web famous — not following back is expected"),
    (.inactive, "Inactive — no post for a long time: may never have seen the follow"),
    (.ordinary, "Ordinary — known audience, chose not to follow back: worth a look"),
    (.unknownAudience, "Unknown audience — no imported follower count"),
    (.kept, "Kept — on the keep-list, not counted as not following back"),
  ]

  /// Adds the triage figures to the owner's etiquette table.
  static func addRows(_ table: inout TextTable, _ owner: OwnerReport, _ triage: FollowBackTriage) {
    let e = owner.etiquette
    table.add(
      "web famous followed", String(triage.webFamousFollowing),
      "accounts the owner follows that are web famous (\(triage.webFamousMutual) follow back)")
    table.add(
      "follow-back rate excl. web famous",
      NumberText.percent(triage.followBackRateExcludingWebFamous),
      MetricDefinitions.definition(of: "follow_back_rate_excluding_web_famous"))
    if e.followersKnown {
      table.add(
        "not following back, triaged",
        notFollowingBackCategories.map { "\(triage.entries($0).count)" }.joined(separator: "/"),
        "web famous / inactive / ordinary / unknown audience")
      if !triage.kept.isEmpty {
        table.add(
          "kept", String(triage.kept.count),
          "not following back but on the keep-list: not counted as not following back")
      }
    }
  }

  /// The triaged list of non-reciprocators, with each account's evidence.
  ///
  /// - Parameters:
  ///   - owner: The owner's report.
  ///   - triage: The triage.
  ///   - listLimit: The most accounts per class, or `nil` for all; 0 leaves the lists out (the
  ///     report's summary shows them in its web-famous section).
  /// - Returns: The text, empty when every account follows back.
  static func text(_ owner: OwnerReport, _ triage: FollowBackTriage, listLimit: Int?) -> String {
    guard !triage.entries.isEmpty, listLimit != 0 else { return "" }
    var out = ""
    if !triage.notFollowingBack.isEmpty {
      out += "\nNot following back (\(triage.notFollowingBack.count)), triaged:\n"
    }
    for (category, heading) in headings {
      let entries = triage.entries(category).sorted(by: byAudience)
      guard !entries.isEmpty else { continue }
      if category == .kept { out += "\n" }
      let title = category == .inactive ? inactiveHeading(triage.inactivity) : heading
      out += "  \(title) (\(entries.count)):\n"
      let shown = listLimit.map { Array(entries.prefix($0)) } ?? entries
      var table = TextTable(rightAligned: [1, 2, 3])
      for entry in shown {
        var cells = [label(owner, entry), evidence(entry), ratio(entry), percentile(entry)]
        if category == .inactive { cells.append(lastPost(entry)) }
        table.add(cells)
      }
      out += table.render(indent: "    ")
      if shown.count < entries.count {
        out +=
          "    … and \(entries.count - shown.count) more (not_following_back.csv, --limit 0 list all)\n"
      }
    }
    return out
  }

  /// Highest audience first, then by id.
  static func byAudience(_ a: TriageEntry, _ b: TriageEntry) -> Bool {
    let left = a.fame?.audience ?? -1
    let right = b.fame?.audience ?? -1
    return left != right ? left > right : NativeIDOrder.areInIncreasingOrder(a.id, b.id)
  }

  static func label(_ owner: OwnerReport, _ entry: TriageEntry) -> String {
    let id = AccountID(network: owner.owner.id.network, value: entry.id)
    return entry.fame?.handle.map { "@\($0) (\(id))" } ?? id.description
  }

  static func evidence(_ entry: TriageEntry) -> String {
    guard let fame = entry.fame else { return "audience n/a" }
    let source = fame.audienceSource == .followersCount ? "followers" : "followers in graph"
    return "\(source) \(NumberText.grouped(fame.audience))"
  }

  /// The inactive class's heading with its dates: `Inactive — no post since YYYY-MM-DD (N
  /// days before YYYY-MM-DD): …`.
  static func inactiveHeading(_ rule: InactivityRule) -> String {
    guard let cutoff = rule.cutoff, let reference = rule.referenceDate else {
      return headings.first { $0.0 == .inactive }?.1 ?? "Inactive"
    }
    let days = rule.days == 1 ? "1 day" : "\(rule.days) days"
    return "Inactive — no post since \(UTCTime.day(cutoff)) (\(days) before "
      + "\(UTCTime.day(reference))): may never have seen the follow"
  }

  /// `last post YYYY-MM-DD`, or `last post n/a`.
  static func lastPost(_ entry: TriageEntry) -> String {
    "last post " + (entry.fame?.lastPostAt.map(UTCTime.day) ?? "n/a")
  }

  static func ratio(_ entry: TriageEntry) -> String {
    "ratio " + NumberText.fixed(entry.fame?.ratio, decimals: 1)
  }

  static func percentile(_ entry: TriageEntry) -> String {
    "percentile " + NumberText.fixed(entry.fame?.percentile, decimals: 2)
      + (entry.fame?.whitelisted == true ? ", whitelisted" : "")
  }

  /// The keys the `account` object of `reciprocity --format json` gains.
  ///
  /// - Parameters:
  ///   - owner: The owner's report.
  ///   - triage: The triage.
  ///   - criteria: The thresholds used.
  /// - Returns: Key-value pairs to append.
  static func jsonMembers(
    _ owner: OwnerReport, _ triage: FollowBackTriage, criteria: WebFameCriteria?
  ) -> [(String, JSONValue)] {
    let known = owner.etiquette.followersKnown
    func count(_ category: TriageCategory) -> JSONValue {
      known ? .int(triage.entries(category).count) : .null
    }
    var members: [(String, JSONValue)] = [
      ("follow_back_rate_excluding_web_famous", .number(triage.followBackRateExcludingWebFamous)),
      ("web_famous_following", .int(triage.webFamousFollowing)),
      ("web_famous_mutual", .int(triage.webFamousMutual)),
      ("not_following_back_web_famous", count(.webFamous)),
      ("not_following_back_ordinary", count(.ordinary)),
      ("not_following_back_unknown_audience", count(.unknownAudience)),
      ("not_following_back_kept", count(.kept)),
      ("kept_following", .int(triage.keptFollowing)),
      ("not_following_back_inactive", count(.inactive)),
      ("inactive_days", .int(triage.inactivity.days)),
      ("inactive_as_of", .text(triage.inactivity.referenceDate.map(UTCTime.day))),
    ]
    if let criteria {
      members.append(
        (
          "web_famous_thresholds",
          .object([
            ("min_percentile", .double(criteria.minPercentile)),
            ("min_ratio", .double(criteria.minRatio)),
          ])
        ))
    }
    members.append(
      (
        "not_following_back_triage", .array(triage.notFollowingBack.map(entryJSON))
      ))
    members.append(("kept_accounts", .array(triage.kept.map(entryJSON))))
    return members
  }

  /// One triaged account as JSON.
  static func entryJSON(_ entry: TriageEntry) -> JSONValue {
    .object([
      ("account", .string(entry.id)), ("handle", .text(entry.fame?.handle)),
      ("triage", .string(entry.category.rawValue)),
      ("audience", .integer(entry.fame?.audience)),
      ("audience_source", .text(entry.fame?.audienceSource.rawValue)),
      ("following", .integer(entry.fame?.following)),
      ("ratio", .number(entry.fame?.ratio)),
      ("percentile", .number(entry.fame?.percentile)),
      ("whitelisted", .bool(entry.fame?.whitelisted ?? false)),
      ("last_post_at", .text(entry.fame?.lastPostAt.map(UTCTime.timestamp))),
      ("inactive", entry.fame?.isInactive.map(JSONValue.bool) ?? .null),
    ])
  }

  /// The rows `reciprocity --format csv` gains for the owner.
  static func csvRows(_ owner: OwnerReport, _ triage: FollowBackTriage) -> [(String, CSVTable.Cell)]
  {
    let known = owner.etiquette.followersKnown
    return [
      ("follow_back_rate_excluding_web_famous", .double(triage.followBackRateExcludingWebFamous)),
      ("web_famous_following", .int(triage.webFamousFollowing)),
      ("not_following_back_web_famous", known ? .int(triage.entries(.webFamous).count) : .empty),
      ("not_following_back_ordinary", known ? .int(triage.entries(.ordinary).count) : .empty),
      (
        "not_following_back_unknown_audience",
        known ? .int(triage.entries(.unknownAudience).count) : .empty
      ),
      ("not_following_back_kept", known ? .int(triage.kept.count) : .empty),
      ("kept_following", .int(triage.keptFollowing)),
      ("not_following_back_inactive", known ? .int(triage.entries(.inactive).count) : .empty),
    ]
  }
}

extension TriageCategory {
  /// The category in words, as the HTML report shows it: `web famous`, `inactive`, `ordinary`,
  /// `unknown audience` (the raw value, `web_famous`, is for CSV and JSON).
  var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
