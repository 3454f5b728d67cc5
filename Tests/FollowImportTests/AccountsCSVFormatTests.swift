import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

struct AccountsCSVFormatTests {
  static let x = ParseContext(network: .x)

  @Test("Counts, flags and names are read; quoted cells and '@' handles too")
  func readsAudience() throws {
    // When
    let batch = try Fixture.parse(
      "accounts/audience.csv", format: AccountsCSVFormat.self, context: Self.x)

    // Then accounts are sorted by id and keyed in the --network given
    #expect(batch.accounts.map(\.id.description) == ["x:11348282", "x:95500726", "x:119369819"])
    let nasa = batch.accounts[0]
    #expect(nasa.handle == "NASA")
    #expect(nasa.followersCount == 84_000_000)
    #expect(nasa.followingCount == 180)
    #expect(nasa.postsCount == 71000)
    #expect(nasa.listedCount == 100_000)
    #expect(nasa.isVerified == true)
    #expect(nasa.isBot == false)
    let sparse = batch.accounts[1]
    #expect(sparse.followersCount == 2401)
    #expect(sparse.followingCount == nil)
    #expect(sparse.displayName == nil)
    #expect(batch.accounts[2].handle == "DoDirty78")
    #expect(batch.accounts[2].isVerified == false)
    // And the unread column is one warning
    #expect(batch.warnings.map(\.message) == ["columns not read: description"])
  }

  @Test("twarc-csv's user columns are understood")
  func twarcCSV() throws {
    let batch = try Fixture.parse(
      "accounts/twarc_csv_users.csv", format: AccountsCSVFormat.self, context: Self.x)
    let user = try #require(batch.accounts.first)
    #expect(user.followersCount == 580)
    #expect(user.followingCount == 518)
    #expect(user.listedCount == 12)
    #expect(user.postsCount == 55186)
    #expect(user.isVerified == false)
    #expect(user.createdAt == UTCTime.parse("2010-03-03T12:49:24Z"))
  }

  @Test("Without an id column, Mastodon handles are the ids, hosts lower-cased")
  func mastodonHandles() throws {
    let batch = try Fixture.parse(
      "accounts/handles_mastodon.csv", format: AccountsCSVFormat.self,
      context: ParseContext(network: .mastodon))
    #expect(batch.accounts.map(\.id.value) == ["Gargron@mastodon.social", "alice@example.test"])
    #expect(batch.accounts[0].followersCount == 350_000)
  }

  @Test("Without an id column, X accounts cannot be keyed and the file is rejected")
  func xNeedsIDs() throws {
    #expect(throws: ImportError.self) {
      try Fixture.parse(
        "accounts/handles_mastodon.csv", format: AccountsCSVFormat.self, context: Self.x)
    }
  }

  @Test(
    "Bad input is a clear error naming the file and line",
    arguments: [
      ("accounts/unknown_header.csv", "line 1", "not an accounts header"),
      ("accounts/negative.csv", "line 3", "followers_count '-3' is not a count"),
      ("accounts/non_numeric.csv", "line 3", "followers_count 'lots' is not a count"),
    ])
  func badInput(file: String, location: String, reason: String) throws {
    do {
      _ = try Fixture.parse(file, format: AccountsCSVFormat.self)
      Issue.record("\(file) was accepted")
    } catch let error as ImportError {
      let message = error.errorDescription ?? ""
      #expect(message.contains(file.split(separator: "/").last.map(String.init) ?? file))
      #expect(message.contains(location + ":"), "\(message)")
      #expect(message.contains(reason), "\(message)")
    }
  }

  @Test("--format auto tells accounts CSVs from edge lists")
  func detection() throws {
    let folder = try TemporaryFolder()
    let accounts = try folder.write("id,followers_count\n1,5\n", to: "a.csv")
    let edges = try folder.write("follower,followed\n1,2\n", to: "e.csv")
    let edgesWithFollowing = try folder.write("following,followed\n1,2\n", to: "f.csv")
    #expect(try ExportFormats.detect(ImportSource(path: accounts)).name == "accounts-csv")
    #expect(try ExportFormats.detect(ImportSource(path: edges)).name == "edge-list")
    #expect(try ExportFormats.detect(ImportSource(path: edgesWithFollowing)).name == "edge-list")
    #expect(
      try ExportFormats.detect(ImportSource(path: Fixture.path("accounts/audience.csv"))).name
        == "accounts-csv")
  }
}
