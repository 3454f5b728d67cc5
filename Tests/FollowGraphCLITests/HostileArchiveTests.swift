import FollowTestSupport
import Foundation
import Testing

/// An archive whose members lie about how they are stored fails at once with an error naming
/// the member, and the database stays as it was (issue 18).
struct HostileArchiveTests {
  static let account = Data(
    #"window.YTD.account.part0 = [{"account": {"accountId": "1", "username": "me"}}]"#.utf8)
  static let tweets = Data(
    ("window.YTD.tweets.part0 = [" + String(repeating: " ", count: 2_000)).utf8)

  /// The kinds of lie: the central directory's method against the local header's, and a
  /// stream that never ends.
  static let cases: [(label: String, member: HostileZip.Member, message: String)] = [
    (
      "stored in the directory, deflated in the local header, endless stream",
      HostileZip.Member(
        name: "data/tweets.js", payload: HostileZip.endlessDeflate(tweets), centralMethod: 0,
        localMethod: 8),
      ":data/tweets.js: not a readable zip member (the local header and the central "
        + "directory disagree on the compression method (8 against 0))"
    ),
    (
      "deflated in the directory, stored in the local header",
      HostileZip.Member(
        name: "data/tweets.js", payload: HostileZip.endlessDeflate(tweets), centralMethod: 8,
        localMethod: 0, declaredContent: tweets),
      ":data/tweets.js: not a readable zip member (the local header and the central "
        + "directory disagree on the compression method (0 against 8))"
    ),
    (
      "deflated in both, the stream never ends",
      HostileZip.Member(
        name: "data/tweets.js", payload: HostileZip.endlessDeflate(tweets), centralMethod: 8,
        localMethod: 8, declaredContent: tweets),
      ":data/tweets.js: cannot decompress the member (the deflate stream does not "
        + "end within the member's compressed bytes)"
    ),
  ]

  @Test(arguments: cases.indices)
  func aLyingMemberFailsAndLeavesTheDatabaseAsItWas(_ index: Int) throws {
    let (label, member, message) = Self.cases[index]
    let folder = try TemporaryFolder()
    let db = folder.path("me.sqlite")
    let first = try CommandRunner.run([
      "import", "--db", db, "SampleData/edges/marketing-circle.txt",
    ])
    try #require(first.status == 0, "\(first.stderr)")
    let before = try CommandRunner.run(["summary", "--db", db, "--format", "json"])
    let archive = HostileZip(members: [
      HostileZip.Member(name: "data/account.js", payload: Self.account), member,
    ])
    let path = try folder.write(archive.data(), to: "archive.zip")

    let result = try CommandRunner.run(["import", "--db", db, "--format", "twitter-archive", path])

    #expect(!result.timedOut, "\(label): import did not end")
    #expect(result.status == 1, "\(label)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Error: \(path)\(message)\n", "\(label)")
    let after = try CommandRunner.run(["summary", "--db", db, "--format", "json"])
    #expect(after.stdout == before.stdout)
  }
}
