import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// Mastodon's following_accounts.csv: follows from an owner given or found alongside.
struct MastodonFollowingTests {
  private func context(owner: String? = nil, companions: [String] = []) throws -> ParseContext {
    var context = ParseContext(owner: try owner.map(AccountSelector.init(parsing:)))
    context.companions = companions
    return context
  }

  @Test func readsTheFollowsOfTheOwnerGivenWithOwner() throws {
    let batch = try Fixture.parse(
      "fediverse/following_accounts.csv", context: context(owner: "ada@Social.Example"))
    #expect(batch.format == "mastodon-following")
    #expect(batch.owner?.account.id.value == "ada@social.example")
    #expect(batch.owner?.listsFollowing == true)
    #expect(batch.owner?.listsFollowers == false)
    // `bob@Other.Test` and `bob@other.test` are one account; a quoted "en, de" cell is one
    // field; a blank line and a row without an address are skipped.
    #expect(
      batch.follows.accountIDs.sorted() == [
        "ada@social.example", "bob@other.test", "cy@social.example", "dan@third.test",
      ])
    #expect(batch.follows.count == 3)
    #expect(batch.counts.duplicateFollows == 1)
    #expect(batch.counts.records == 5)
    #expect(
      batch.warnings.contains {
        $0.message.hasPrefix("1 rows hold no user@host") && $0.message.contains("line 6")
      })
  }

  @Test func theOwnerComesFromAnArchiveImportedAlongside() throws {
    let batch = try Fixture.parse(
      "fediverse/following_accounts.csv",
      context: context(companions: [
        Fixture.path("fediverse/archive-20240102030405-0123abcd.tar.gz")
      ]))
    #expect(batch.owner?.account.id.value == "Ada@social.example")
  }

  @Test func theOwnerComesFromAnActorJSONBesideTheFile() throws {
    let folder = try TemporaryFolder()
    let csv = folder.url.appendingPathComponent("following_accounts.csv")
    try FileManager.default.copyItem(
      atPath: Fixture.path("fediverse/following_accounts.csv"), toPath: csv.path)
    try FileManager.default.copyItem(
      atPath: Fixture.path("fediverse/mastodon-archive/actor.json"),
      toPath: folder.url.appendingPathComponent("actor.json").path)
    let batch = try MastodonFollowingFormat.parse(
      ImportSource(path: csv.path), context: ParseContext())
    #expect(batch.owner?.account.id.value == "Ada@social.example")
  }

  @Test func withoutAnOwnerTheErrorSaysHowToNameIt() {
    #expect(throws: ImportError.self) { try Fixture.parse("fediverse/following_accounts.csv") }
    do {
      _ = try Fixture.parse("fediverse/following_accounts.csv")
    } catch let error as ImportError {
      #expect(error.errorDescription?.hasSuffix("name the owner with --owner") == true)
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(throws: ImportError.self) {
      try Fixture.parse("fediverse/following_accounts.csv", context: context(owner: "@ada"))
    }
  }

  @Test func localAccountsInTheFollowingListGetTheOwnersHost() throws {
    let folder = try TemporaryFolder()
    let csv = try folder.write(
      "Account address,Show boosts\nbea,true\n@Cy@Other.Test,true\n", to: "f.csv")
    let batch = try MastodonFollowingFormat.parse(
      ImportSource(path: csv),
      context: ParseContext(owner: try AccountSelector(parsing: "ada@social.example")))
    #expect(
      batch.follows.accountIDs.sorted() == [
        "Cy@other.test", "ada@social.example", "bea@social.example",
      ])
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func theSharedSampleListsItsAccounts() throws {
    let expected = try ReferenceCSV.jsonObject(
      ReferenceData.url("exports/mastodon-following/expected.json"))
    let source = try ImportSource(
      path: ReferenceData.url("exports/mastodon-following/following_accounts.csv").path)
    #expect(try ExportFormats.detect(source).name == MastodonFollowingFormat.name)
    let batch = try MastodonFollowingFormat.parse(
      source, context: context(owner: "me@example.test"))
    #expect(batch.counts.records == expected["rows"] as? Int)
    #expect(batch.follows.count == expected["distinct_accounts"] as? Int)
  }
}
