import FollowAnalysis
import FollowModel
import Foundation
import Testing

struct SnapshotChangesTests {
  static func day(_ text: String) -> Date { UTCTime.parse(text) ?? .distantPast }

  @Test("A list is compared only between snapshots that both hold it")
  func missingListsAreUnknown() throws {
    // Given three snapshots; the middle one holds no followers list
    let snapshots = [
      OwnerSnapshot(
        importID: 3, observedAt: Self.day("2023-01-01"), following: ["1", "3"], followers: ["2"]),
      OwnerSnapshot(
        importID: 1, observedAt: Self.day("2021-01-01"), following: ["1"], followers: ["1", "2"]),
      OwnerSnapshot(
        importID: 2, observedAt: Self.day("2022-01-01"), following: ["1", "3"], followers: nil),
    ]

    // When
    let periods = SnapshotChanges.periods(snapshots)

    // Then periods run oldest first, and followers changes are unknown in both
    #expect(periods.map(\.fromImport) == [1, 2])
    #expect(periods[0].newFollowing == ["3"])
    #expect(periods[0].gainedFollowers == nil)
    #expect(periods[0].newMutuals == nil)
    #expect(!periods[0].followersCompared)
    #expect(periods[1].followingCompared)
    #expect(periods[1].newFollowing == [])
    #expect(periods[1].lostFollowers == nil)
  }

  @Test("--since keeps the periods that end after the date")
  func since() {
    let snapshots = [
      OwnerSnapshot(importID: 1, observedAt: Self.day("2021-01-01"), following: [], followers: []),
      OwnerSnapshot(
        importID: 2, observedAt: Self.day("2022-01-01"), following: ["9"], followers: []),
      OwnerSnapshot(importID: 3, observedAt: Self.day("2023-01-01"), following: [], followers: []),
    ]
    let periods = SnapshotChanges.periods(snapshots, since: Self.day("2022-01-01"))
    #expect(periods.map(\.toImport) == [3])
    #expect(periods.first?.droppedFollowing == ["9"])
  }
}
