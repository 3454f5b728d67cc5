import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// X follow lists from twitter-web-exporter (JSON, CSV) and X API v2 pages.
struct XFollowListTests {
  static let owner = AccountID(network: .x, value: "42")

  private func context(relation: ListRelation? = nil, owner: String? = "x:42") throws
    -> ParseContext
  {
    var context = ParseContext(owner: try owner.map(AccountSelector.init(parsing:)))
    context.relation = relation
    return context
  }

  private func parse(_ name: String, _ context: ParseContext) throws -> ImportBatch {
    let source = try ImportSource(path: Fixture.path("x-follow-list/\(name)"))
    #expect(try ExportFormats.detect(source).name == "x-follow-list")
    return try XFollowListFormat.parse(source, context: context)
  }

  @Test func theExportersJSONCarriesAudiencesAndItsNameSaysFollowers() throws {
    let batch = try parse("twitter-Followers-1733500000000.json", context())
    #expect(batch.owner?.account.id == Self.owner)
    #expect(batch.owner?.listsFollowers == true)
    #expect(batch.owner?.listsFollowing == false)
    #expect(
      Set(batch.follows.follows) == [
        Follow(follower: AccountID(network: .x, value: "1001"), followed: Self.owner),
        Follow(follower: AccountID(network: .x, value: "1002"), followed: Self.owner),
      ])
    let ada = try #require(batch.accounts.first { $0.id.value == "1001" })
    #expect(ada.handle == "ada")
    #expect(ada.followersCount == 52000)
    #expect(ada.followingCount == 300)
    #expect(ada.postsCount == 1200)
    #expect(ada.listedCount == 400)
    #expect(
      batch.warnings.map(\.message) == ["1 users without a numeric id were skipped: record 3"])
  }

  @Test func theExportersCSVWithABOMAndEscapedLineBreaks() throws {
    let batch = try parse("twitter-Following-1733500000000.csv", context())
    #expect(batch.owner?.listsFollowing == true)
    #expect(batch.follows.count == 2)
    let margaret = try #require(batch.accounts.first { $0.id.value == "1003" })
    #expect(margaret.displayName == "Margaret \"Maggie\" H")
    #expect(margaret.followersCount == 900)
    #expect(margaret.createdAt == UTCTime.parse("2011-05-06T07:08:09Z"))
  }

  @Test func apiPagesOfOneListAreMergedAndTheLastHasNoNextToken() throws {
    let first = try XFollowListFormat.parsePage(
      ImportSource(path: Fixture.path("x-follow-list/api-page-1.json")),
      context: context(relation: .following))
    let second = try XFollowListFormat.parsePage(
      ImportSource(path: Fixture.path("x-follow-list/api-page-2.json")),
      context: context(relation: .following))
    #expect(!first.isLastPage)
    #expect(second.isLastPage)
    let katherine = try #require(first.batch.accounts.first { $0.handle == "katherine" })
    #expect(katherine.followersCount == 700)
    #expect(katherine.postsCount == 100)
    #expect(katherine.createdAt == UTCTime.parse("2012-01-01T00:00:00Z"))
    let jsonl = try parse("api-pages.jsonl", context(relation: .followers))
    #expect(jsonl.follows.count == 2)
    #expect(jsonl.owner?.listsFollowers == true)
  }

  @Test func withoutARelationOnlyAccountsAreImported() throws {
    let batch = try parse("api-page-2.json", context(owner: nil))
    #expect(batch.owner == nil)
    #expect(batch.follows.count == 0)
    #expect(batch.accounts.map(\.id.value) == ["2003"])
    #expect(
      batch.warnings.map(\.message) == [
        "no --relation followers|following (and the file name does not say): only the "
          + "accounts and their counts were imported, no follows"
      ])
  }

  @Test func theOwnerMustBeANumericID() throws {
    let path = Fixture.path("x-follow-list/twitter-Following-1733500000000.csv")
    #expect(
      throws: ImportError.ownerRequired(
        path: path, reason: "X accounts are keyed by numeric id, and '@ada' is not one")
    ) {
      try XFollowListFormat.parse(ImportSource(path: path), context: context(owner: "@ada"))
    }
    #expect(
      throws: ImportError.ownerRequired(
        path: path,
        reason: "the list does not say whose it is (give the owner's numeric id as x:ID)")
    ) {
      try XFollowListFormat.parse(ImportSource(path: path), context: context(owner: nil))
    }
  }
}
