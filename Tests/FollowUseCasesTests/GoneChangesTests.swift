import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `changes`: a lost follower the later fetch found gone is gone, not an unfollow.
struct GoneChangesTests {
  /// Followers 2, 3, 4 and following 5, 6; then follower 2 unfollowed, 3 was deleted, 4
  /// stays; following 6 was suspended.
  static func store() throws -> some FollowStoring {
    var later = UseCaseStore.snapshot(following: ["5"], followers: ["4"])
    later.gone = [
      GoneAccount(id: "3", reason: .notFound), GoneAccount(id: "6", reason: .suspended),
    ]
    return try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["5", "6"], followers: ["2", "3", "4"]), later,
    ])
  }

  @Test("The store keeps the gone accounts with the snapshot that found them")
  func storedWithTheSnapshot() throws {
    let snapshots = try Self.store().snapshots(owner: UseCaseStore.owner.id)
    #expect(snapshots.count == 2)
    #expect(snapshots[0].gone.isEmpty)
    #expect(
      snapshots[1].gone == [
        GoneAccount(id: "3", reason: .notFound), GoneAccount(id: "6", reason: .suspended),
      ])
  }

  @Test("Gone and unfollowed are told apart; lost followers still counts both")
  func goneIsNotAnUnfollow() throws {
    let history = try FollowQueries(store: try Self.store()).changes(account: nil, since: nil)
    let period = try #require(history.periods.first)
    #expect(period.lostFollowers == ["2", "3"])
    #expect(period.goneFollowers == ["3"])
    #expect(period.unfollowedFollowers == ["2"])
    #expect(period.droppedFollowing == ["6"])
    #expect(period.goneFollowing == ["6"])
    #expect(period.goneReasons == ["3": .notFound, "6": .suspended])
    let json = ChangesRenderer.json(history, since: nil).render()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let first = try #require((object?["periods"] as? [[String: Any]])?.first)
    #expect(first["lost_followers"] as? [String] == ["2", "3"])
    #expect(first["unfollowed_followers"] as? [String] == ["2"])
    #expect(first["gone_followers"] as? [String] == ["3"])
    #expect(first["gone_following"] as? [String] == ["6"])
    #expect(first["gone_reasons"] as? [String: String] == ["3": "not_found", "6": "suspended"])
    let csv = ChangesRenderer.csv([history]).render()
    #expect(csv.hasPrefix("owner,network,from,to,change,account,handle,gone_reason\n"))
    #expect(csv.contains(",lost_followers,3,,not_found\n"))
    #expect(csv.contains(",lost_followers,2,,\n"))
    #expect(csv.contains(",gone_following,6,,suspended\n"))
    let text = ChangesRenderer.text(history)
    #expect(text.contains("lost followers gone (deleted, suspended or deactivated): 1"))
    #expect(text.contains("x:3 — gone: not_found"))
  }

  @Test("An export looks nothing up: every lost follower is an unfollow, none gone")
  func exportsMarkNothingGone() throws {
    let store = try UseCaseStore.holding([
      UseCaseStore.snapshot(following: [], followers: ["2", "3"]),
      UseCaseStore.snapshot(following: [], followers: ["3"]),
    ])
    let period = try #require(
      try FollowQueries(store: store).changes(account: nil, since: nil).periods.first)
    #expect(period.goneFollowers == [])
    #expect(period.unfollowedFollowers == ["2"])
  }
}
