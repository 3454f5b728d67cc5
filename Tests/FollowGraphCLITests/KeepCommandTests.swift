import FollowTestSupport
import Foundation
import Testing

/// `followgraph keep add|list|remove` and the keep-list in `reciprocity`, through the binary.
struct KeepCommandTests {
  /// The `account` object of `reciprocity --format json`.
  static func account(_ fixture: CLIFixture, _ extra: [String] = []) throws -> [String: Any] {
    let object = try fixture.json(["reciprocity", "--db", fixture.db, "--format", "json"] + extra)
    return try #require(object["account"] as? [String: Any])
  }

  /// The account ids of the objects in `list`.
  static func ids(_ list: Any?) -> [String] {
    (list as? [[String: Any]] ?? []).compactMap { $0["account"] as? String }
  }

  @Test("keep add takes the account out of not following back; list shows it; remove puts it back")
  func addListRemove() throws {
    let fixture = try CLIFixture()
    // Owner 1000 follows 2006 (newfriend, ordinary), which does not follow back.
    let before = try Self.account(fixture)
    #expect(before["not_following_back"] as? Int == 1)
    #expect(Self.ids(before["not_following_back_triage"]) == ["2006"])
    #expect(before["not_following_back_kept"] as? Int == 0)

    let added = try CommandRunner.run(["keep", "add", "--db", fixture.db, "@NewFriend", "@ghost"])
    #expect(added.status == 0)
    #expect(added.stdout == "kept: @newfriend\nkept: @ghost\n")
    #expect(added.stderr.contains("matching no imported account yet: @ghost"))

    let listed = try fixture.json(["keep", "list", "--db", fixture.db, "--format", "json"])
    let entries = try #require(listed["keep"] as? [[String: Any]])
    #expect(entries.compactMap { $0["selector"] as? String } == ["@ghost", "@newfriend"])
    let matches = entries.map { ($0["matches"] as? [[String: Any]] ?? []).compactMap { $0["id"] } }
    #expect(matches.map(\.count) == [0, 1])
    #expect(matches[1].first as? String == "2006")

    let kept = try Self.account(fixture)
    #expect(kept["not_following_back"] as? Int == 0)
    #expect(Self.ids(kept["not_following_back_triage"]).isEmpty)
    #expect(kept["not_following_back_ordinary"] as? Int == 0)
    #expect(kept["not_following_back_kept"] as? Int == 1)
    #expect(kept["kept_following"] as? Int == 1)
    #expect(Self.ids(kept["kept_accounts"]) == ["2006"])
    #expect((kept["kept_accounts"] as? [[String: Any]])?.first?["triage"] as? String == "kept")
    // The plain rate is unchanged; the one excluding web famous and kept is 2 of 2.
    #expect(kept["follow_back_rate"] as? Double == before["follow_back_rate"] as? Double)
    #expect(kept["follow_back_rate_excluding_web_famous"] as? Double == 1)

    let removed = try CommandRunner.run(
      ["keep", "remove", "--db", fixture.db, "@newfriend", "@absent"])
    #expect(removed.status == 0)
    #expect(removed.stdout == "removed: @newfriend\nnot on the keep-list: @absent\n")
    #expect(try Self.account(fixture)["not_following_back"] as? Int == 1)
  }

  @Test("--keep and its older name --whitelist read the same file format and merge")
  func fileOptions() throws {
    let fixture = try CLIFixture()
    let file = try fixture.folder.write("# keep these\nx:2006  # newfriend\n", to: "keep.txt")
    for option in ["--keep", "--whitelist"] {
      let account = try Self.account(fixture, [option, file])
      #expect(account["not_following_back"] as? Int == 0, "\(option)")
      #expect(Self.ids(account["kept_accounts"]) == ["2006"], "\(option)")
    }
    let text = try fixture.run(["reciprocity", "--db", fixture.db, "--keep", file])
    #expect(text.contains("Kept — on the keep-list, not counted as not following back (1):"))
    #expect(text.contains("@newfriend (x:2006)"))
  }

  @Test("keep add of a bad selector and keep on a missing database are clear errors")
  func errors() throws {
    let fixture = try CLIFixture()
    let bad = try CommandRunner.run(["keep", "add", "--db", fixture.db, "@"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("'@' is not an account selector"))
    let missing = try CommandRunner.run(
      ["keep", "list", "--db", fixture.folder.path("none.sqlite")])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("does not exist"))
  }
}
