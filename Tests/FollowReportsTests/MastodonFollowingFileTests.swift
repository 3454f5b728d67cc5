import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `mastodon_following_keep.csv`: Mastodon's own following-list file of the owner's follows
/// minus the ordinary non-reciprocators not on the keep-list.
struct MastodonFollowingFileTests {
  /// A Mastodon owner who follows a mutual, a web-famous star, two ordinary accounts that do
  /// not follow back (one of them kept) and one of unknown audience.
  static func input(keep: String) throws -> ReportInput {
    func account(_ id: String, _ followers: Int?, _ following: Int?) -> Account {
      Account(
        id: AccountID(network: .mastodon, value: id), handle: String(id.prefix { $0 != "@" }),
        followersCount: followers, followingCount: following)
    }
    let owner = account("me@home.example", 3, 5)
    var builder = FollowTableBuilder(network: .mastodon)
    for id in [
      "mutual@a.example", "star@b.example", "plain@c.example", "kept@c.example", "who@d.example",
    ] {
      builder.add(follower: "me@home.example", followed: id)
    }
    builder.add(follower: "mutual@a.example", followed: "me@home.example")
    builder.add(follower: "fan@e.example", followed: "me@home.example")
    let accounts = [
      owner, account("mutual@a.example", 40, 50), account("star@b.example", 2_000_000, 5),
      account("plain@c.example", 60, 70), account("kept@c.example", 30, 20),
      account("fan@e.example", 10, 12),
    ]
    let store = try TestStore.inMemory()
    let batch = ImportBatch(
      network: .mastodon, format: "mastodon-archive",
      owner: ExportOwner(account: owner, listsFollowing: true, listsFollowers: true),
      follows: builder.build().table, accounts: accounts)
    _ = try store.save(
      [
        ImportRequest(
          batch: batch, sourcePath: "archive", contentSHA256: String(repeating: "a", count: 64),
          observedAt: TestStore.now, startedAt: TestStore.now)
      ], progress: nil)
    let summary = try store.summary()
    let fame = FameSettings(
      criteria: WebFameCriteria(minPercentile: 80, minRatio: 10),
      whitelist: try WebFameWhitelist(parsing: keep, source: "keep.txt"), damping: nil)
    let report = try NetworkScope.report(
      store: store, network: .mastodon, owners: summary.owners, fame: fame)
    return ReportInput(asOf: TestStore.now, summary: summary, networks: [report])
  }

  /// The report's text and CSV files for ``input(keep:)``.
  static func files(keep: String) throws -> [ReportFile] {
    ReportBundle.render(try input(keep: keep))
  }

  @Test("The HTML report notes the kept account apart from the triaged non-reciprocators")
  func htmlNotesKept() throws {
    let html = HTMLReport.render(try Self.input(keep: "kept@c.example\n"))
    #expect(html.contains("Kept (1), on the keep-list and not counted as not following back"))
    #expect(html.contains("Not following back, triaged (3:"))
    let without = HTMLReport.render(try Self.input(keep: ""))
    #expect(!without.contains("on the keep-list"))
    #expect(without.contains("Not following back, triaged (4:"))
  }

  @Test("The file has Mastodon's header and leaves out only ordinary non-reciprocators")
  func followingMinusOrdinary() throws {
    let files = try Self.files(keep: "kept@c.example\n")
    let file = try #require(files.first { $0.name == "mastodon_following_keep.csv" })
    #expect(
      file.contents == """
        Account address,Show boosts,Notify on new posts,Languages
        kept@c.example,true,false,
        mutual@a.example,true,false,
        star@b.example,true,false,
        who@d.example,true,false,

        """)
    let notBack = try #require(files.first { $0.name == "not_following_back.csv" })
    #expect(!notBack.contents.contains("kept@c.example"))
    #expect(notBack.contents.contains("plain@c.example"))
    let summary = try #require(files.first { $0.name == "summary.txt" })
    #expect(summary.contents.contains("mastodon_following_keep.csv  Mastodon owners only"))
  }

  @Test("Without a keep-list both ordinary non-reciprocators are left out")
  func withoutKeepList() throws {
    let files = try Self.files(keep: "")
    let file = try #require(files.first { $0.name == "mastodon_following_keep.csv" })
    let lines = file.contents.split(separator: "\n")
    #expect(lines.first == "Account address,Show boosts,Notify on new posts,Languages")
    #expect(
      lines.dropFirst().map { String($0.prefix { $0 != "," }) } == [
        "mutual@a.example", "star@b.example", "who@d.example",
      ])
  }

  @Test("No Mastodon owner, no file and no line for it in the summary")
  func onlyForMastodon() throws {
    let files = ReportBundle.render(try ReportFixture().input)
    #expect(!files.contains { $0.name.hasPrefix("mastodon_following") })
    let summary = try #require(files.first { $0.name == "summary.txt" })
    #expect(!summary.contents.contains("mastodon_following"))
  }
}
