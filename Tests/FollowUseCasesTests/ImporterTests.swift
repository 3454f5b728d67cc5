import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `import`: exports read from files and saved through the store, all or nothing.
struct ImporterTests {
  @Test("An edge list is saved once; the same file again changes nothing")
  func importsOnce() throws {
    // Given an edge list file and an empty store
    let folder = try TemporaryFolder()
    let path = try folder.write("follower,followed\na,b\nb,a\nb,c\n", to: "edges.csv")
    let store = try TestStore.inMemory()
    let importer = TestStore.importer(store)
    // When it is imported twice
    let first = try importer.run(paths: [path], options: ImportOptions())
    let second = try importer.run(paths: [path], options: ImportOptions())
    // Then the first run saved three follows and the second found it imported
    #expect(first.map(\.followsAdded) == [3])
    #expect(first.first?.alreadyImportedAs == nil)
    #expect(second.first?.alreadyImportedAs == first.first?.runID)
    #expect(try store.followTable(network: .generic, progress: nil).count == 3)
  }

  @Test(
    "Without a date in the export, the observation is the importer's clock, and the store's clock ends the run"
  )
  func clocksAreInjected() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("follower,followed\na,b\n", to: "edges.csv")
    let finished = Date(timeIntervalSince1970: 1_800_000_000)
    let started = Date(timeIntervalSince1970: 1_700_000_000)
    let store = try FollowDatabase.inMemory(logger: TestStore.logger, clock: { finished })
    let summaries = try TestStore.importer(store, clock: { started }).run(
      paths: [path], options: ImportOptions())
    #expect(summaries.first?.observedAt == started)
    #expect(try store.summary().imports.first?.finishedAt == finished)
  }

  @Test("One bad path among good ones: nothing is saved")
  func allOrNothing() throws {
    let folder = try TemporaryFolder()
    let good = try folder.write("a,b\n", to: "edges.csv")
    let store = try TestStore.inMemory()
    #expect(throws: (any Error).self) {
      try TestStore.importer(store).run(
        paths: [good, folder.path("missing.csv")], options: ImportOptions())
    }
    #expect(try store.summary().imports.isEmpty)
    #expect(try store.networks().isEmpty)
  }
}
