import FollowAnalysis
import FollowModel
import Foundation

extension ReportBundle {
  /// The most accounts per list in the summary's web-famous and changes sections; the CSV
  /// files list all.
  static let summaryListLimit = 20

  /// `not_following_back.csv`: the generic list columns, then the triage columns.
  static func notFollowingBackCSV(_ input: ReportInput) -> CSVTable {
    var table = listCSV(input, \.notFollowingBack)
    table.header += [
      "triage", "audience", "audience_source", "following", "ratio", "percentile", "pagerank",
      "whitelisted", "last_post_at",
    ]
    var row = 0
    for network in input.networks {
      for owner in network.owners {
        var byID: [String: TriageEntry] = [:]
        for entry in owner.triage?.entries ?? [] { byID[entry.id] = entry }
        for account in owner.notFollowingBack {
          let entry = byID[account.id.value]
          let fame = entry?.fame
          table.rows[row] += [
            entry.map { .text($0.category.rawValue) } ?? .empty,
            fame.map { .int($0.audience) } ?? .empty,
            fame.map { .text($0.audienceSource.rawValue) } ?? .empty,
            fame.map { .int($0.following) } ?? .empty,
            .double(fame?.ratio), .double(fame?.percentile), .double(fame?.pageRank),
            fame.map { .text($0.whitelisted ? "true" : "false") } ?? .empty,
            fame?.lastPostAt.map { .text(UTCTime.timestamp($0)) } ?? .empty,
          ]
          row += 1
        }
      }
    }
    return table
  }

  /// `web_famous.csv`: the web-famous accounts of every network, with the owners that follow
  /// them and those they do not follow back.
  static func webFamousCSV(_ input: ReportInput) -> CSVTable {
    var table = CSVTable(
      header: FamousRenderer.columns + ["followed_by_owners", "not_following_back_owners"]
        + FamousRenderer.inactivityColumns)
    for network in input.networks {
      guard let fame = network.fame else { continue }
      var followedBy: [String: [String]] = [:]
      var notBack: [String: [String]] = [:]
      for owner in network.owners {
        for entry in owner.triage?.entries ?? [] where entry.category == .webFamous {
          notBack[entry.id, default: []].append(owner.owner.id.value)
        }
        for account in owner.mutuals + owner.notFollowingBack + owner.kept {
          followedBy[account.id.value, default: []].append(owner.owner.id.value)
        }
      }
      for account in fame.webFamous {
        table.rows.append(
          FamousRenderer.row(of: account, network: network.network) + [
            .text((followedBy[account.id] ?? []).joined(separator: ";")),
            .text((notBack[account.id] ?? []).joined(separator: ";")),
          ] + FamousRenderer.inactivityCells(of: account))
      }
    }
    return table
  }

  /// The summary section on web-famous accounts and the two rankings of one network.
  static func fameText(_ network: NetworkReport) -> String {
    guard let fame = network.fame else { return "" }
    var out = "\nWeb famous and rankings, network \(network.network)\n"
    out +=
      "  thresholds: audience percentile >= \(FamousRenderer.number(fame.criteria.minPercentile))"
    out += " and ratio >= \(FamousRenderer.number(fame.criteria.minRatio)), or whitelisted; "
    out += "\(fame.webFamous.count) of \(fame.population) accounts are web famous\n"
    if let correlation = fame.rankCorrelation {
      out += "  " + FamousRenderer.correlationText(correlation) + "\n"
    }
    if let pageRank = fame.pageRank {
      out += "  PageRank: damping \(pageRank.damping), \(pageRank.iterations) iterations"
      out += pageRank.converged ? "\n" : " (did not converge)\n"
    }
    let top = 10
    let byAudience = Array(fame.accounts.prefix(top))
    let byPageRank = Array(
      fame.accounts.filter { $0.pageRank != nil }.sorted {
        ($0.pageRank ?? 0, $1.id) > ($1.pageRank ?? 0, $0.id)
      }.prefix(top))
    for owner in network.owners {
      guard let triage = owner.triage, owner.etiquette.followersKnown else { continue }
      out += "\n  Follow-backs of \(owner.owner.label)"
      out += TriageRenderer.text(owner, triage, listLimit: summaryListLimit)
        .replacingOccurrences(of: "\nNot following back", with: ": not following back")
    }
    guard !byAudience.isEmpty else { return out }
    out += "\n"
    out += "  top \(top) by followers (audience) | top \(top) by PageRank\n"
    var table = TextTable(rightAligned: [1, 3])
    for k in 0..<max(byAudience.count, byPageRank.count) {
      let left = k < byAudience.count ? byAudience[k] : nil
      let right = k < byPageRank.count ? byPageRank[k] : nil
      table.add(
        left.map { FamousRenderer.label($0, network: network.network) } ?? "",
        left.map { NumberText.grouped($0.audience) } ?? "", "|",
        right.map { NumberText.fixed($0.pageRank, decimals: 6) } ?? "",
        right.map { FamousRenderer.label($0, network: network.network) } ?? "")
    }
    return out + table.render(indent: "    ")
  }

  /// The summary section on changes between snapshots.
  static func changesText(_ histories: [OwnerChanges]) -> String {
    guard !histories.isEmpty else { return "" }
    var out = "\n== Changes between snapshots ==\n\n"
    for changes in histories {
      out += ChangesRenderer.text(changes, listLimit: summaryListLimit) + "\n"
    }
    return out
  }
}
