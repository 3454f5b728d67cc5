import FollowAnalysis
import FollowModel
import Foundation

/// Renders `followgraph reciprocity` as text, JSON or CSV.
public enum ReciprocityRenderer {
  /// Human-readable text: the owner's etiquette with its lists, then the graph's figures, each
  /// with its definition.
  ///
  /// - Parameters:
  ///   - report: The network's report.
  ///   - owner: The owner to show, if any.
  ///   - listLimit: The most accounts to print per list, or `nil` for all.
  /// - Returns: The text.
  public static func text(_ report: NetworkReport, owner: OwnerReport?, listLimit: Int? = nil)
    -> String
  {
    var out = ""
    if let owner {
      out += ownerText(owner, listLimit: listLimit) + "\n"
    } else if report.owners.count > 1 {
      out += "\(report.owners.count) export owners in this network; choose one with --account:\n"
      out += report.owners.map { "  \($0.owner.label)\n" }.joined() + "\n"
    }
    out += graphText(report)
    return out
  }

  /// The owner section of the text output.
  ///
  /// - Parameters:
  ///   - owner: The owner's report.
  ///   - listLimit: The most accounts per list, `nil` for all, `0` for none (the lists are in
  ///     the report's CSV files).
  static func ownerText(_ owner: OwnerReport, listLimit: Int?) -> String {
    let e = owner.etiquette
    var out = "Follow-back etiquette of \(owner.owner.label)\n"
    // Mutual follows and the lists derived from them need both lists.
    let bothKnown = e.followersKnown && e.followingKnown
    var table = TextTable(rightAligned: [1])
    table.add(
      "following", e.followingKnown ? String(e.following) : "unknown",
      MetricDefinitions.definition(of: "following"))
    table.add(
      "followers", e.followersKnown ? String(e.followers) : "unknown",
      e.followersKnown
        ? MetricDefinitions.definition(of: "followers")
        : "the export does not list followers; import them to see follow-backs")
    table.add(
      "mutual", bothKnown ? String(e.mutual) : "unknown",
      MetricDefinitions.definition(of: "mutual"))
    table.add(
      "follow-back rate", NumberText.percent(e.followBackRate),
      MetricDefinitions.definition(of: "follow_back_rate"))
    table.add(
      "followers followed back", NumberText.percent(e.followersFollowedBackRate),
      MetricDefinitions.definition(of: "followers_followed_back_rate"))
    table.add(
      "not following back", bothKnown ? String(owner.notFollowingBack.count) : "unknown",
      MetricDefinitions.definition(of: "not_following_back"))
    table.add(
      "fans", bothKnown ? String(owner.fans.count) : "unknown",
      MetricDefinitions.definition(of: "fans"))
    if let triage = owner.triage { TriageRenderer.addRows(&table, owner, triage) }
    out += table.render()
    if let triage = owner.triage, e.followersKnown {
      out += TriageRenderer.text(owner, triage, listLimit: listLimit)
    }
    if listLimit == 0 {
      return out
        + "  (the accounts are listed in not_following_back.csv, fans.csv and mutuals.csv)\n"
    }
    for (title, accounts, known) in [
      ("Not following back", owner.notFollowingBack, bothKnown && owner.triage == nil),
      ("Fans (follow, not followed back)", owner.fans, bothKnown),
    ] where known && !accounts.isEmpty {
      out += "\n\(title) (\(accounts.count)):\n"
      let shown = listLimit.map { Array(accounts.prefix($0)) } ?? accounts
      out += shown.map { "  \($0.label)\n" }.joined()
      if shown.count < accounts.count {
        out += "  … and \(accounts.count - shown.count) more (--limit 0 lists all)\n"
      }
    }
    return out
  }

  /// The graph section of the text output.
  static func graphText(_ report: NetworkReport) -> String {
    let g = report.graph
    var out =
      "Graph-wide reciprocity, network \(report.network) (distinct follows, self-follows dropped)\n"
    var table = TextTable(rightAligned: [1])
    for (key, value) in [
      ("accounts", String(g.accounts)), ("follows", String(g.follows)),
      ("reciprocated_follows", String(g.reciprocatedFollows)),
      ("mutual_pairs", String(g.mutualPairs)),
      ("edge_reciprocity", NumberText.fixed(g.edgeReciprocity, decimals: 6)),
      ("pair_reciprocity", NumberText.fixed(g.pairReciprocity, decimals: 6)),
      ("density", NumberText.fixed(g.density, decimals: 6)),
      ("rho", NumberText.fixed(g.rho, decimals: 6)),
    ] {
      table.add(
        key.replacingOccurrences(of: "_", with: " "), value,
        MetricDefinitions.definition(of: key))
    }
    out += table.render()
    return out
  }

  /// The JSON object of the CLI contract: graph figures, and `account` when an owner is shown.
  ///
  /// - Parameters:
  ///   - report: The network's report.
  ///   - owner: The owner to include, if any.
  /// - Returns: The JSON value.
  public static func json(_ report: NetworkReport, owner: OwnerReport?) -> JSONValue {
    let g = report.graph
    var members: [(String, JSONValue)] = [
      ("network", .string(report.network.rawValue)),
      ("accounts", .int(g.accounts)),
      ("follows", .int(g.follows)),
      ("reciprocated_follows", .int(g.reciprocatedFollows)),
      ("mutual_pairs", .int(g.mutualPairs)),
      ("edge_reciprocity", .number(g.edgeReciprocity)),
      ("pair_reciprocity", .number(g.pairReciprocity)),
      ("density", .number(g.density)),
      ("rho", .number(g.rho)),
    ]
    if let owner { members.append(("account", ownerJSON(owner, criteria: report.fame?.criteria))) }
    members.append(
      ("definitions", .object(MetricDefinitions.all.map { ($0.key, .string($0.definition)) })))
    return .object(members)
  }

  /// The `account` object of the JSON output.
  static func ownerJSON(_ owner: OwnerReport, criteria: WebFameCriteria? = nil) -> JSONValue {
    let e = owner.etiquette
    let bothKnown = e.followersKnown && e.followingKnown
    let triage = owner.triage.map { TriageRenderer.jsonMembers(owner, $0, criteria: criteria) }
    return .object(
      [
        ("id", .string(owner.owner.id.value)),
        ("network", .string(owner.owner.id.network.rawValue)),
        ("handle", .text(owner.owner.handle)),
        ("following", e.followingKnown ? .int(e.following) : .null),
        ("followers", e.followersKnown ? .int(e.followers) : .null),
        ("mutual", bothKnown ? .int(e.mutual) : .null),
        ("follow_back_rate", .number(e.followBackRate)),
        ("followers_followed_back_rate", .number(e.followersFollowedBackRate)),
        ("not_following_back", bothKnown ? .int(owner.notFollowingBack.count) : .null),
        ("fans", bothKnown ? .int(owner.fans.count) : .null),
        ("following_known", .bool(e.followingKnown)),
        ("followers_known", .bool(e.followersKnown)),
      ] + (triage ?? []))
  }

  /// One row per figure: `scope,account,metric,value,definition`.
  ///
  /// - Parameters:
  ///   - report: The network's report.
  ///   - owner: The owner to include, if any.
  /// - Returns: The table.
  public static func csv(_ report: NetworkReport, owner: OwnerReport?) -> CSVTable {
    var table = CSVTable(header: ["scope", "account", "metric", "value", "definition"])
    let g = report.graph
    func add(_ scope: String, _ account: String, _ key: String, _ value: CSVTable.Cell) {
      table.rows.append([
        .text(scope), account.isEmpty ? .empty : .text(account), .text(key), value,
        .text(MetricDefinitions.definition(of: key)),
      ])
    }
    if let owner {
      let e = owner.etiquette
      let id = owner.owner.id.value
      let bothKnown = e.followersKnown && e.followingKnown
      add("account", id, "following", e.followingKnown ? .int(e.following) : .empty)
      add("account", id, "followers", e.followersKnown ? .int(e.followers) : .empty)
      add("account", id, "mutual", bothKnown ? .int(e.mutual) : .empty)
      add("account", id, "follow_back_rate", .double(e.followBackRate))
      add("account", id, "followers_followed_back_rate", .double(e.followersFollowedBackRate))
      add(
        "account", id, "not_following_back",
        bothKnown ? .int(owner.notFollowingBack.count) : .empty)
      add("account", id, "fans", bothKnown ? .int(owner.fans.count) : .empty)
      add("account", id, "following_known", .int(e.followingKnown ? 1 : 0))
      add("account", id, "followers_known", .int(e.followersKnown ? 1 : 0))
      for (key, value) in owner.triage.map({ TriageRenderer.csvRows(owner, $0) }) ?? [] {
        add("account", id, key, value)
      }
    }
    add("graph", "", "accounts", .int(g.accounts))
    add("graph", "", "follows", .int(g.follows))
    add("graph", "", "reciprocated_follows", .int(g.reciprocatedFollows))
    add("graph", "", "mutual_pairs", .int(g.mutualPairs))
    add("graph", "", "edge_reciprocity", .double(g.edgeReciprocity))
    add("graph", "", "pair_reciprocity", .double(g.pairReciprocity))
    add("graph", "", "density", .double(g.density))
    add("graph", "", "rho", .double(g.rho))
    return table
  }
}
