import FollowImport
import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Audience data through the importer into the store: newer observations win, errors change
/// nothing.
struct AudienceImportTests {
  static func followers(_ database: FollowDatabase, _ id: String) throws -> Int? {
    try database.accounts(network: .x).first { $0.id.value == id }?.followersCount
  }

  @Test("Re-importing newer twarc2 data updates audience counts; older data does not")
  func newerObservationWins() throws {
    // Given
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(database)

    // When the 2021 lookup is imported, then the 2022 one
    _ = try importer.run(
      paths: [Fixture.path("twarc2/users_2021.jsonl")], options: ImportOptions())
    #expect(try Self.followers(database, "119369819") == 580)
    let summaries = try importer.run(
      paths: [Fixture.path("twarc2/users_2022.jsonl")], options: ImportOptions())

    // Then the counts are the 2022 ones, observed at the page's retrieved_at
    #expect(summaries.first?.format == "twarc2")
    #expect(summaries.first?.observedAt == UTCTime.parse("2022-01-10T08:00:00Z"))
    #expect(try Self.followers(database, "119369819") == 600)
    #expect(
      try database.accounts(network: .x).first { $0.id.value == "119369819" }?.followingCount == 520
    )
    // And an account only in the 2021 file keeps its counts
    #expect(try Self.followers(database, "95500726") == 2401)
  }

  @Test("An older export imported later does not overwrite newer counts")
  func olderObservationLoses() throws {
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(database)
    _ = try importer.run(
      paths: [Fixture.path("twarc2/users_2022.jsonl")], options: ImportOptions())
    _ = try importer.run(
      paths: [Fixture.path("twarc2/users_2021.jsonl")], options: ImportOptions())
    #expect(try Self.followers(database, "119369819") == 600)
  }

  @Test("An accounts CSV joins the network given and updates counts")
  func accountsCSVJoinsNetwork() throws {
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(database)
    _ = try importer.run(
      paths: [Fixture.path("accounts/audience.csv")],
      options: ImportOptions(network: .x, observedAt: UTCTime.parse("2023-01-01")))
    #expect(try Self.followers(database, "11348282") == 84_000_000)
  }

  @Test("A bad file anywhere in one run leaves the database unchanged")
  func unchangedOnError() throws {
    // Given a good twarc2 file and a CSV with a negative count, in one run
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(database)

    // When
    #expect(throws: ImportError.self) {
      try importer.run(
        paths: [
          Fixture.path("twarc2/users_2021.jsonl"), Fixture.path("accounts/negative.csv"),
        ], options: ImportOptions())
    }

    // Then nothing was saved
    #expect(try database.accounts(network: .x).isEmpty)
    #expect(try database.imports().isEmpty)
  }
}
