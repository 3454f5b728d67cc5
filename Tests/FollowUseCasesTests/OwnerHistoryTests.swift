import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Testing

/// `changes`: which owner, and what changed between its snapshots.
struct OwnerHistoryTests {
  @Test("Two exports of the owner give one period with the gained and lost accounts")
  func changesBetweenTwoExports() throws {
    // Given the owner followed 2 and 3, then 3 and 4; 2 followed, then 4
    let store = try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["2", "3"], followers: ["2"]),
      UseCaseStore.snapshot(following: ["3", "4"], followers: ["4"]),
    ])
    // When
    let history = try FollowQueries(store: store).changes(account: nil, since: nil)
    // Then
    #expect(history.snapshots == 2)
    let period = try #require(history.periods.first)
    #expect(history.periods.count == 1)
    #expect(period.newFollowing == ["4"])
    #expect(period.droppedFollowing == ["2"])
    #expect(period.gainedFollowers == ["4"])
    #expect(period.lostFollowers == ["2"])
  }

  @Test("No export owner: a clear error, not an empty history")
  func noOwner() throws {
    let store = try UseCaseStore.holding([UseCaseStore.edges([("a", "b")], network: .generic)])
    #expect(throws: UseCaseError.noExportOwner) {
      try OwnerHistory.owner(store: store, selector: nil)
    }
  }

  @Test("An account that owns no export has no snapshots to compare")
  func notAnOwner() throws {
    let store = try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["2"], followers: [])
    ])
    #expect(throws: UseCaseError.notAnExportOwner("x:2")) {
      try OwnerHistory.owner(store: store, selector: .id("2", network: .x))
    }
  }
}
