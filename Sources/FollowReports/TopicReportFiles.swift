import FollowAnalysis

/// The topic analysis a report folder includes, with the names to label accounts.
public struct TopicReport: Sendable {
  /// The analysis.
  public var analysis: TopicAnalysis
  /// Handles of the accounts.
  public var names: AccountNames

  /// Creates the input.
  ///
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - names: Handles.
  public init(analysis: TopicAnalysis, names: AccountNames) {
    self.analysis = analysis
    self.names = names
  }
}

/// The topic files of a report folder.
public enum TopicReportFiles {
  /// The files and what they hold.
  public static let descriptions: [(String, String)] = [
    (
      "topic_focus.csv",
      "per account: posts, focus, entropy, dominant topic or theme, on-theme shares, top terms"
    ),
    (
      "off_theme_posts.csv",
      "posts off every theme (themes) or outside the account's dominant topic (discovered)"
    ),
    (
      "topic_monthly.csv",
      "per account and month: posts on each theme and on any theme, or on the dominant topic"
    ),
    ("post_topics.csv", "post_id,account,topic for every post considered"),
  ]

  /// Renders the files.
  ///
  /// - Parameter report: The topic analysis.
  /// - Returns: The files, in the order of ``descriptions``.
  public static func render(_ report: TopicReport) -> [ReportFile] {
    [
      ReportFile(
        name: "topic_focus.csv",
        contents: TopicsRenderer.focusCSV(report.analysis, names: report.names).render()),
      ReportFile(
        name: "off_theme_posts.csv",
        contents: TopicsRenderer.offTopicCSV(report.analysis).render()),
      ReportFile(
        name: "topic_monthly.csv", contents: TopicsRenderer.monthlyCSV(report.analysis).render()),
      ReportFile(
        name: "post_topics.csv", contents: TopicsRenderer.postTopicsCSV(report.analysis).render()),
    ]
  }
}
