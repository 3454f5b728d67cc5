import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import Foundation
import Testing

struct FamousRendererTests {
  @Test("famous: text, CSV and JSON outputs")
  func snapshots() throws {
    let fame = try #require(FameFixture.report().fame)
    assertSnapshot(
      FamousRenderer.text(
        fame, all: true, keepList: KeepListUse(files: nil, storedEntries: 0)),
      named: "famous-all.txt")
    assertSnapshot(FamousRenderer.csv(fame, all: true).render(), named: "famous-all.csv")
    assertSnapshot(
      FamousRenderer.json(
        fame, all: false, keepList: KeepListUse(files: "famous.txt", storedEntries: 2)
      ).render(), named: "famous.json")
  }

  @Test("JSON follows the CLI contract: thresholds, and accounts sorted by audience")
  func jsonContract() throws {
    let fame = try #require(FameFixture.report().fame)
    let data = Data(
      FamousRenderer.json(
        fame, all: true, keepList: KeepListUse(files: nil, storedEntries: 0)
      ).render().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let thresholds = try #require(object["thresholds"] as? [String: Any])
    #expect(thresholds["min_percentile"] as? Double == 85)
    #expect(thresholds["min_ratio"] as? Double == 10)
    let accounts = try #require(object["accounts"] as? [[String: Any]])
    for key in [
      "account", "handle", "audience", "audience_source", "following", "ratio", "percentile",
      "pagerank", "web_famous",
    ] {
      #expect(accounts.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
    }
    let audiences = accounts.compactMap { $0["audience"] as? Int }
    #expect(audiences == audiences.sorted(by: >))
    #expect(accounts.first?["account"] as? String == "10")
    #expect(accounts.first?["web_famous"] as? Bool == true)
    #expect(accounts.first?["audience_source"] as? String == "followers_count")
  }

  @Test("Accounts list PageRank right after reciprocity")
  func accountsPageRankColumn() throws {
    let report = FameFixture.report()
    let table = AccountsRenderer.csv([report])
    let column = try #require(table.header.firstIndex(of: "pagerank"))
    #expect(table.header[column - 1] == "reciprocity")
    let total = table.rows.compactMap { row -> Double? in
      if case .double(let value?) = row[column] { return value }
      return nil
    }.reduce(0, +)
    #expect(abs(total - 1) < 1e-12)
  }
}
