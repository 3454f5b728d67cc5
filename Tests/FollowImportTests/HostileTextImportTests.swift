import FollowImport
import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Imported text that looks like markup is stored exactly as the export holds it; escaping is
/// the renderers' job, never the importer's.
struct HostileTextImportTests {
  private func importHostileArchive() throws -> FollowDatabase {
    let folder = try #require(Bundle.module.resourceURL)
      .appendingPathComponent("Fixtures/hostile-archive")
    let database = try TestStore.inMemory()
    _ = try TestStore.importer(database).run(paths: [folder.path], options: ImportOptions())
    return database
  }

  @Test func handlesAndNamesWithMarkupAreStoredVerbatim() throws {
    // Given the archive whose owner and mentioned accounts have hostile handles and names
    let database = try importHostileArchive()
    // When the accounts are read back
    let accounts = try database.accounts(network: .x)
    let byID = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id.value, $0) })
    // Then every handle and name is exactly the export's text
    #expect(byID["1000"]?.handle == "ben&jerry")
    #expect(byID["1000"]?.displayName == "\"><img src=x onerror=alert(1)>")
    #expect(byID["2004"]?.handle == "tom&jerry")
    #expect(byID["2004"]?.displayName == "<b>Tom</b>")
    #expect(byID["2003"]?.handle == "fan\"><svg onload=alert(3)>")
  }

  @Test func postTextAndTagsAreStoredVerbatim() throws {
    let database = try importHostileArchive()
    let posts = try database.posts(by: AccountID(network: .x, value: "1000"))
    #expect(posts.map(\.id) == ["3001", "3002"])
    let first = try #require(posts.first)
    #expect(
      first.text == "<script>alert(\"x\")</script> & \"><img src=x onerror=alert(2)> @tom&jerry")
    #expect(first.hashtags == ["x<y"])
    #expect(first.mentions == ["fan\"><svg onload=alert(3)>", "tom&jerry"])
    #expect(posts.last?.text == "An ordinary post about marketing &amp; brands")
  }
}
