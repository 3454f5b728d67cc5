import FollowTestSupport
import Foundation
import Testing

/// Every analysis command's `--format json`: snake_case keys, numbers as numbers, `null` for
/// undefined — the shapes the README documents.
struct AnalysisJSONTests {
  private func json(_ arguments: [String], in folder: TemporaryFolder) throws -> Any {
    let result = try CommandRunner.run(
      arguments + ["--db", folder.path("db.sqlite"), "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  @Test func reciprocityJSON() throws {
    let folder = try ReportFormatTests.importedFolder()
    let object = try #require(try json(["reciprocity"], in: folder) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "network", "accounts", "follows", "reciprocated_follows", "mutual_pairs",
        "edge_reciprocity", "pair_reciprocity", "density", "rho", "account", "definitions",
      ])
    #expect(object["edge_reciprocity"] as? Double == 4.0 / 6)
    let account = try #require(object["account"] as? [String: Any])
    #expect(account["handle"] as? String == "ben&jerry")
    #expect(account["not_following_back"] as? Int == 1)
  }

  @Test func accountsJSONUsesNullForUndefinedRatios() throws {
    let folder = try ReportFormatTests.importedFolder()
    let rows = try #require(try json(["accounts"], in: folder) as? [[String: Any]])
    #expect(rows.count == 5)
    let fan = try #require(rows.first { $0["account"] as? String == "2003" })
    // 2003 follows the owner and is followed by no one: following 1, followers 0.
    #expect(fan["followers"] as? Int == 0)
    #expect(fan["followers_followed_back_rate"] is NSNull)
    #expect(fan["follow_back_rate"] as? Double == 0)
  }

  @Test func summaryJSON() throws {
    let folder = try ReportFormatTests.importedFolder()
    let object = try #require(try json(["summary"], in: folder) as? [String: Any])
    #expect(Set(object.keys) == ["networks", "owners", "imports"])
    let owner = try #require((object["owners"] as? [[String: Any]])?.first)
    #expect(owner["posts"] as? Int == 2)
  }
}
