import FollowImport
import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Mastodon and Bluesky API pages: account counts, and whose list a page is.
struct FediverseAPITests {
  @Test func mastodonAccountsKeepTheirCountsAndFlags() throws {
    let batch = try Fixture.parse("fediverse/mastodon-api-followers.json")
    #expect(batch.format == "mastodon-api")
    #expect(batch.owner == nil)
    #expect(batch.follows.count == 0)
    let cy = try #require(batch.accounts.first)
    // A local account (`acct` without host) gets the host of its uri.
    #expect(cy.id.value == "cy@social.example")
    #expect(cy.followersCount == 12)
    #expect(cy.followingCount == 30)
    #expect(cy.postsCount == 400)
    #expect(cy.isBot == false)
    #expect(cy.lastPostAt.map(UTCTime.day) == "2025-08-15")
    let bot = batch.accounts[1]
    #expect(bot.id.value == "feedbot@news.test")
    #expect(bot.isBot == true)
    #expect(bot.followersCount == nil)  // -1: hidden by the server
    #expect(bot.displayName == nil)
    #expect(bot.lastPostAt == nil)
  }

  @Test func aSingleMastodonAccountObject() throws {
    let batch = try Fixture.parse("fediverse/mastodon-api-account.json")
    #expect(batch.accounts.map(\.id.value) == ["Ada@social.example"])
    #expect(batch.accounts.first?.followersCount == 250)
  }

  @Test func withRelationAndOfThePageIsAList() throws {
    var context = ParseContext()
    context.relation = .followers
    context.listOwner = try AccountSelector(parsing: "Ada@Social.Example")
    let batch = try Fixture.parse("fediverse/mastodon-api-followers.json", context: context)
    #expect(batch.owner?.account.id.value == "Ada@social.example")
    #expect(batch.owner?.listsFollowers == true)
    #expect(batch.owner?.listsFollowing == false)
    let table = batch.follows
    let pairs = (0..<table.count).map {
      "\(table.accountIDs[Int(table.followers[$0])])->\(table.accountIDs[Int(table.followed[$0])])"
    }
    #expect(
      pairs.sorted() == [
        "cy@social.example->Ada@social.example", "feedbot@news.test->Ada@social.example",
      ])
  }

  @Test func aRelationWithoutOfIsAnError() throws {
    var context = ParseContext()
    context.relation = .following
    #expect(throws: ImportError.self) {
      try Fixture.parse("fediverse/mastodon-api-followers.json", context: context)
    }
  }

  @Test func blueskyProfilesCarryCounts() throws {
    let batch = try Fixture.parse("fediverse/bluesky-profiles.json")
    #expect(batch.format == "bluesky-api")
    let alice = try #require(batch.accounts.first)
    #expect(alice.id.value == "did:plc:alice0000000000000000000")
    #expect(alice.handle == "alice.test")
    #expect((alice.followersCount, alice.followingCount, alice.postsCount) == (120, 80, 1500))
  }

  @Test func blueskyFollowerPagesOfOneRunAreOneList() throws {
    // Given both pages of the owner's followers, imported in one run
    let database = try TestStore.inMemory()
    let summaries = try TestStore.importer(database).run(
      paths: [
        Fixture.path("fediverse/bluesky-followers-1.json"),
        Fixture.path("fediverse/bluesky-followers-2.json"),
      ],
      options: ImportOptions())
    // Then they are saved as one import whose list is complete
    #expect(summaries.count == 1)
    #expect(summaries[0].followsRead == 3)
    let owner = try #require(try database.owners().first)
    #expect(owner.account.id.value == "did:plc:owner0000000000000000000")
    #expect(owner.account.handle == "owner.test")
    #expect(owner.listsFollowers)
    #expect(owner.followers == 3)
    // `handle.invalid` is no handle.
    #expect(
      try database.accounts(network: .bluesky).first { $0.id.value.hasPrefix("did:plc:dave") }?
        .handle == nil)
  }

  @Test func aBlueskyPageWithACursorAloneIsNotAWholeList() throws {
    let batch = try Fixture.parse("fediverse/bluesky-followers-1.json")
    #expect(batch.owner == nil)
    #expect(batch.follows.count == 2)
    #expect(batch.warnings.contains { $0.message.contains("the list is incomplete") })
  }
}
