import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation

/// The hostile archive imported through the real import path into an in-memory database, and
/// the report input built from it by the report use case's own steps (the network's report
/// without web-famous evidence, and the owners' posting activity).
struct ReportFixture {
  let database: FollowDatabase
  let input: ReportInput
  let owner: AccountID
  let posts: [Post]
  let accounts: [String: Account]

  /// The report date used by every snapshot.
  static let asOf = UTCTime.parse("2024-01-01") ?? Date(timeIntervalSince1970: 1_704_067_200)

  init() throws {
    database = try TestStore.inMemory()
    let archive = SharedFixtures.importFixture("hostile-archive").path
    _ = try TestStore.importer(database).run(paths: [archive], options: ImportOptions())
    let summary = try database.summary()
    owner = AccountID(network: .x, value: "1000")
    let all = try database.accounts(network: .x)
    accounts = Dictionary(uniqueKeysWithValues: all.map { ($0.id.value, $0) })
    let report = try NetworkScope.report(store: database, network: .x, owners: summary.owners)
    posts = try database.posts(by: owner)
    var input = ReportInput(
      asOf: Self.asOf, summary: summary, networks: [report],
      activity: try ReportAssembly.activity(summary, in: database))
    input.headlines = try ReportAssembly.headlines(
      networks: [report], changes: [], topics: nil, store: database)
    self.input = input
  }

  /// The account `id`, or a bare record.
  func account(_ id: String) -> Account {
    accounts[id] ?? Account(id: AccountID(network: .x, value: id))
  }

  /// Hand-made web famous, topic and changes sections over the fixture's accounts, so their
  /// rendering is tested before the analyses that fill them exist on this branch.
  func optionalSections() -> ReportSections {
    func entry(_ id: String, audience: Int?, following: Int?, famous: Bool) -> FamousSection.Entry {
      FamousSection.Entry(
        account: account(id), audience: audience,
        audienceSource: audience == nil ? nil : .followersCount, following: following,
        ratio: audience.map { Double($0) / Double(max(following ?? 0, 1)) },
        percentile: audience.map { $0 > 1000 ? 99.5 : 40 }, webFamous: famous)
    }
    let star = entry("2004", audience: 2_500_000, following: 12, famous: true)
    let famous = FamousSection(
      network: .x, minPercentile: 99, minRatio: 10, audienceThreshold: 100_000,
      accounts: [
        star, entry("2001", audience: 150, following: 300, famous: false),
        entry("2002", audience: 90, following: 80, famous: false),
        entry("2003", audience: 20, following: 400, famous: false),
        entry("1000", audience: 3, following: 3, famous: false),
      ],
      owners: [
        FamousSection.OwnerFigures(
          owner: owner, followBackRateExcludingFamous: 1,
          nonReciprocators: [(star, .webFamous)])
      ])
    let march = posts[0]
    let topics = TopicSection(
      network: .x, method: "themes given: marketing = marketing, brand, #seo",
      accounts: [
        TopicSection.AccountFocus(
          account: account("1000"), posts: 2, onThemeShare: 0.5, dominantTopic: "marketing")
      ],
      drift: [
        TopicSection.Drift(
          account: account("1000"),
          months: [
            TopicSection.MonthShare(month: "2023-01", posts: 4, onThemeShare: 0.75),
            TopicSection.MonthShare(month: "2023-03", posts: 1, onThemeShare: 0),
            TopicSection.MonthShare(month: "2023-04", posts: 1, onThemeShare: 1),
          ])
      ],
      offThemePosts: [TopicSection.OffThemePost(post: march, author: account("1000"))])
    let changes = ChangesSection(
      owner: owner,
      periods: [
        ChangesSection.Period(
          from: UTCTime.parse("2022-05-01") ?? Self.asOf,
          to: UTCTime.parse("2023-05-01") ?? Self.asOf,
          gainedFollowers: [account("2003")], lostFollowers: [account("2004")],
          newFollowing: [account("2004")], droppedFollowing: [])
      ])
    var sections = ReportSections(input)
    sections.famous = [famous]
    sections.topics = [topics]
    sections.changes = [changes]
    return sections
  }

  /// The page with the hand-made optional sections.
  ///
  /// The owner's headline gains a change since the previous export and every kind of owner
  /// list.
  var htmlWithAllSections: String {
    var input = input
    for index in input.headlines.indices {
      input.headlines[index].snapshots = 2
      input.headlines[index].latestChange = OwnerHeadline.LatestChange(
        from: UTCTime.parse("2023-06-01") ?? Self.asOf, to: Self.asOf, gainedFollowers: 2,
        lostFollowers: 1, newFollowing: 0, droppedFollowing: 1)
      input.headlines[index].lists = HeadlineRendererTests.lists
    }
    return HTMLReport.render(input, sections: optionalSections())
  }
}
