import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import Foundation
import Testing

struct ChangesRendererTests {
  @Test("changes: text, CSV and JSON outputs")
  func snapshots() {
    let changes = FameFixture.changes()
    assertSnapshot(ChangesRenderer.text(changes), named: "changes.txt")
    assertSnapshot(ChangesRenderer.csv([changes]).render(), named: "changes.csv")
    assertSnapshot(ChangesRenderer.json(changes, since: nil).render(), named: "changes.json")
  }

  @Test("A list a snapshot does not hold is null in JSON, not empty")
  func uncomparedListsAreNull() throws {
    let data = Data(ChangesRenderer.json(FameFixture.changes(), since: nil).render().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let periods = try #require(object["periods"] as? [[String: Any]])
    #expect(periods.count == 2)
    #expect(periods[1]["gained_followers"] is NSNull)
    #expect(periods[1]["new_following"] as? [String] == ["13"])
    #expect(periods[0]["lost_followers"] as? [String] == ["15", "16"])
    // 15 was found gone by the later snapshot; 16 is an unfollow.
    #expect(periods[0]["gone_followers"] as? [String] == ["15"])
    #expect(periods[0]["unfollowed_followers"] as? [String] == ["16"])
    #expect(periods[1]["gone_followers"] is NSNull)
    #expect(periods[1]["gone_following"] as? [String] == [])
  }
}
