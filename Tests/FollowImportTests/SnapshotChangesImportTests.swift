import FollowAnalysis
import FollowImport
import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Two archives of the same owner, imported in turn: the store keeps both snapshots and the
/// changes between them are exactly the follows added and removed.
struct SnapshotChangesImportTests {
  static let owner = AccountID(network: .x, value: "1000")

  @Test("Changes between a 2021 and a 2023 archive are exactly the added and removed follows")
  func changesBetweenArchives() throws {
    // Given the 2021 archive (followers 2001 2002 2003, following 2001 2004 2005) and the
    // 2023 one (followers 2001 2003 2005, following 2001 2005 2006), imported in two runs
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(database)
    _ = try importer.run(paths: [Fixture.path("archive-2021")], options: ImportOptions())
    _ = try importer.run(paths: [Fixture.path("archive-2023")], options: ImportOptions())

    // When
    let snapshots = try database.snapshots(owner: Self.owner)
    let periods = SnapshotChanges.periods(snapshots)

    // Then there is one period, dated by the archives' manifests
    #expect(snapshots.count == 2)
    let period = try #require(periods.first)
    #expect(periods.count == 1)
    #expect(period.from == UTCTime.parse("2021-03-01T10:00:00Z"))
    #expect(period.to == UTCTime.parse("2023-06-15T09:00:00Z"))
    #expect(period.gainedFollowers == ["2005"])
    #expect(period.lostFollowers == ["2002"])
    #expect(period.newFollowing == ["2006"])
    #expect(period.droppedFollowing == ["2004"])
    #expect(period.newMutuals == ["2005"])
    #expect(period.lostMutuals == [])
    // And the current graph holds the 2023 lists
    let graph = FollowGraph(try database.followTable(network: .x))
    let ownerIndex = try #require(graph.index(of: "1000"))
    #expect(
      graph.following(of: ownerIndex).map { graph.accountIDs[Int($0)] }.sorted() == [
        "2001", "2005", "2006",
      ])
  }

  @Test("Importing the archives newest first gives the same periods")
  func importOrderDoesNotMatter() throws {
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(database)
    _ = try importer.run(paths: [Fixture.path("archive-2023")], options: ImportOptions())
    _ = try importer.run(paths: [Fixture.path("archive-2021")], options: ImportOptions())
    let periods = SnapshotChanges.periods(try database.snapshots(owner: Self.owner))
    #expect(periods.count == 1)
    #expect(periods.first?.gainedFollowers == ["2005"])
    #expect(periods.first?.droppedFollowing == ["2004"])
  }
}
