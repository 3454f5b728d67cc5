import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import Foundation
import Testing

/// Snapshots of every topic output on small hand-made sets.
struct TopicsRendererTests {
  static func post(
    _ author: String, _ id: String, _ day: String, _ text: String, repost: Bool = false
  )
    -> Post
  {
    Post(
      id: id, author: AccountID(network: .x, value: author),
      createdAt: UTCTime.parse(day) ?? Date(timeIntervalSince1970: 0), text: text, isRepost: repost)
  }

  static let posts: [Post] = [
    post("42", "a1", "2024-01-05T09:00:00Z", "Our new #SEO guide for brands"),
    post("42", "a2", "2024-01-20T18:30:00Z", "Watching football tonight, what a \"goal\", wow"),
    post(
      "42", "a3", "2024-02-02T08:00:00Z",
      "Content marketing tips: the brand story matters #contentmarketing"),
    post(
      "42", "a4", "2024-02-10T12:00:00Z",
      "=SUM(A1) Lunch was great, long text " + String(repeating: "and more ", count: 12)),
    post("42", "a5", "2024-02-11T12:00:00Z", "https://example.com/lunch"),
    post("42", "a6", "2024-02-12T12:00:00Z", "RT @bob: brand goal", repost: true),
    post("7", "b1", "2024-03-01T10:00:00Z", "Brand brand brand 🚀"),
    post("7", "b2", "2024-03-02T10:00:00Z", "#ContentMarketing"),
  ]

  static let names = AccountNames([
    Account(id: AccountID(network: .x, value: "42"), handle: "alice")
  ])

  static func themed() throws -> TopicAnalysis {
    try TopicFocus.analyze(
      posts: posts,
      options: TopicOptions(themes: [
        try Theme(parsing: "marketing=marketing,brand,seo,#contentmarketing"),
        try Theme(parsing: "sports=football,#worldcup,goal"),
      ]))
  }

  @Test func themeModeText() throws {
    assertSnapshot(
      TopicsTextRenderer.text(try Self.themed(), names: Self.names, listLimit: 10),
      named: "topics-themes.txt")
  }

  @Test func themeModeJSON() throws {
    assertSnapshot(
      TopicsRenderer.json(try Self.themed(), names: Self.names).render(),
      named: "topics-themes.json")
  }

  @Test func themeModeFiles() throws {
    let report = TopicReport(analysis: try Self.themed(), names: Self.names)
    for file in TopicReportFiles.render(report) {
      assertSnapshot(file.contents, named: "themes-" + file.name)
    }
  }

  @Test func discoveredTopicsJSON() throws {
    // Two accounts, two clear topics, as in the analysis tests
    var posts: [Post] = []
    let cats = ["cat kitten purr", "cat whisker kittens", "purr cat nap", "kitten whiskers nap"]
    let stocks = [
      "stock market share", "market bond yield", "shares stock yield", "bond market stocks",
    ]
    for (account, catPosts) in [("1", 6), ("2", 2)] {
      for i in 0..<8 {
        posts.append(
          Self.post(
            account, "\(account)-\(i)", "2024-0\(1 + i % 3)-01T00:00:00Z",
            i < catPosts ? cats[i % 4] : stocks[i % 4]))
      }
    }
    let analysis = try TopicFocus.analyze(posts: posts, options: TopicOptions(topics: 2))
    assertSnapshot(
      TopicsRenderer.json(analysis, names: Self.names).render(), named: "topics-discovered.json")
    assertSnapshot(
      TopicsTextRenderer.text(analysis, names: Self.names, listLimit: 2),
      named: "topics-discovered.txt")
  }

  @Test func reportSummaryHasATopicSection() throws {
    let input = ReportInput(
      asOf: UTCTime.parse("2024-04-01") ?? Date(timeIntervalSince1970: 0),
      summary: DatabaseSummary(networks: [], owners: [], imports: []), networks: [],
      topics: TopicReport(analysis: try Self.themed(), names: Self.names))
    let files = ReportBundle.render(input)
    #expect(
      files.map(\.name).suffix(4) == [
        "topic_focus.csv", "off_theme_posts.csv", "topic_monthly.csv", "post_topics.csv",
      ])
    let summary = try #require(files.first { $0.name == "summary.txt" }).contents
    assertSnapshot(summary, named: "report-summary-topics.txt")
  }
}
