import FollowModel
import FollowStore
import Foundation
import Testing

struct SnapshotReadTests {
  static func request(
    observed: String, following: [String], followers: [String]?, sha: Character
  ) -> ImportRequest {
    var builder = FollowTableBuilder(network: .x)
    for id in following { builder.add(follower: "1", followed: id) }
    for id in followers ?? [] { builder.add(follower: id, followed: "1") }
    let owner = ExportOwner(
      account: Account(id: AccountID(network: .x, value: "1"), handle: "me"),
      listsFollowing: true, listsFollowers: followers != nil)
    let batch = ImportBatch(
      network: .x, format: "test", owner: owner, follows: builder.build().table)
    let date = UTCTime.parse(observed) ?? Date()
    return ImportRequest(
      batch: batch, sourcePath: "test", contentSHA256: String(repeating: sha, count: 64),
      observedAt: date, startedAt: date)
  }

  @Test("Snapshots come back oldest first, with unlisted lists as nil")
  func snapshots() throws {
    // Given two imports of owner 1, the newer one saved first and without followers
    let database = try FollowDatabase.inMemory()
    _ = try database.save([
      Self.request(observed: "2022-05-01", following: ["3", "20"], followers: nil, sha: "b"),
      Self.request(observed: "2021-05-01", following: ["3"], followers: ["4", "3"], sha: "a"),
    ])

    // When
    let snapshots = try database.snapshots(owner: AccountID(network: .x, value: "1"))

    // Then
    #expect(
      snapshots.map(\.observedAt) == [UTCTime.parse("2021-05-01"), UTCTime.parse("2022-05-01")])
    #expect(snapshots[0].following == ["3"])
    #expect(snapshots[0].followers == ["3", "4"])
    #expect(snapshots[1].following == ["3", "20"])
    #expect(snapshots[1].followers == nil)
    #expect(try database.snapshots(owner: AccountID(network: .x, value: "3")).isEmpty)
  }
}
