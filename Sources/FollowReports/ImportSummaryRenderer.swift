import FollowModel

/// What `followgraph import` prints for each imported path: text for people, JSON for
/// scripts.
public enum ImportSummaryRenderer {
  /// The text of every summary, separated by blank lines.
  ///
  /// - Parameters:
  ///   - summaries: One summary per imported path.
  ///   - detected: Whether the formats were detected (`--format auto`).
  /// - Returns: The text.
  public static func text(_ summaries: [ImportSummary], detected: Bool) -> String {
    summaries.map { text($0, detected: detected) }.joined(separator: "\n")
  }

  /// The text of one summary.
  static func text(_ s: ImportSummary, detected: Bool) -> String {
    var out = "\(s.sourcePath): \(s.format)\(detected ? " (detected)" : ""), network \(s.network)"
    if let owner = s.owner {
      out += DisplayText.escaped(", owner \(owner.handle.map { "@\($0) " } ?? "")(\(owner.id))")
    }
    out += ", observed \(UTCTime.day(s.observedAt))\n"
    if let earlier = s.alreadyImportedAs {
      return out + "  already imported as import #\(earlier); nothing changed\n"
    }
    let rows: [(String, String)] = [
      ("records read", String(s.recordsRead)),
      ("accounts added", String(s.accountsAdded)),
      (
        "follows",
        "\(s.followsRead) in export, \(s.followsAdded) new"
          + (s.followsRemoved > 0 ? ", \(s.followsRemoved) no longer current" : "")
      ),
      (
        "posts",
        "\(s.postsRead) in export" + postBreakdown(s) + ", \(s.postsAdded) new"
      ),
      ("duplicates", "\(s.duplicateFollows) duplicate follows collapsed"),
      ("self-follows", "\(s.selfFollows) dropped"),
      ("warnings", String(s.warnings.count)),
    ]
    for (label, value) in rows {
      out += "  " + label + String(repeating: " ", count: 16 - label.count) + value + "\n"
    }
    for warning in s.warnings.prefix(20) { out += "    warning: \(warning)\n" }
    if s.warnings.count > 20 { out += "    … \(s.warnings.count - 20) more warnings\n" }
    if !s.unknownFiles.isEmpty {
      let shown = s.unknownFiles.prefix(10).joined(separator: ", ")
      let more = s.unknownFiles.count > 10 ? ", … (\(s.unknownFiles.count - 10) more)" : ""
      out += "  unknown files   \(s.unknownFiles.count) not read: \(shown)\(more)\n"
    }
    return out
  }

  /// How the export's posts split: shares (boosts, repost records) are not posts of the
  /// owner's own; X retweets are tweets of their own that repost.
  static func postBreakdown(_ s: ImportSummary) -> String {
    if s.sharesRead > 0 {
      return " (\(s.postsRead - s.sharesRead) posts, \(s.sharesRead) reposts)"
    }
    return s.repostsRead > 0 ? " (\(s.repostsRead) of them reposts)" : ""
  }
}
