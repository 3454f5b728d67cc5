import FollowModel
import FollowStore
import FollowTestSupport
import Foundation
import Testing

/// A database opened for reading reads one snapshot: an import that commits meanwhile never
/// shows up half-way through a command's several reads.
struct ConsistentSnapshotReadTests {
  @Test func readsOfAReadOnlyOpenStayOnTheSnapshotTakenAtOpen() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("graph.sqlite")
    let writer = try TestStore.open(path: path, create: true)
    _ = try writer.save([
      StoreFixtures.request(StoreFixtures.edges([("a", "b")]), day: "2024-01-01", hash: "a")
    ])

    let reader = try TestStore.open(path: path, create: false)
    let imports = try reader.imports()
    #expect(imports.count == 1)

    // Another import commits between two reads of the same command.
    _ = try writer.save([
      StoreFixtures.request(
        StoreFixtures.edges([("b", "a"), ("c", "a")]), day: "2024-02-01", hash: "b")
    ])
    #expect(try reader.imports() == imports)
    #expect(try reader.networks().first?.follows == 1)
    #expect(try StoreFixtures.follows(reader, .generic) == ["a>b"])

    // A command started after the commit sees all of it.
    let later = try TestStore.open(path: path, create: false)
    #expect(try later.imports().count == 2)
    #expect(try StoreFixtures.follows(later, .generic) == ["a>b", "b>a", "c>a"])
  }
}
