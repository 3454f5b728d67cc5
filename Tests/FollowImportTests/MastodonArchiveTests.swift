import FollowModel
import FollowTestSupport
import Foundation
import Testing

@testable import FollowImport

/// Mastodon account archives: the owner from actor.json, posts and boosts from outbox.json.
struct MastodonArchiveTests {
  private let ada = AccountID(network: .mastodon, value: "Ada@social.example")

  @Test(arguments: [
    "archive-20240102030405-0123abcd.tar.gz", "mastodon-archive", "archive-gnu-longnames.tar",
  ])
  func readsTheOwnerPostsAndBoosts(name: String) throws {
    let batch = try Fixture.parse("fediverse/" + name)
    #expect(batch.format == "mastodon-archive")
    // The id URL's host is lower-cased; the user part is kept as written.
    #expect(batch.owner?.account.id == ada)
    #expect(batch.owner?.account.handle == "Ada")
    #expect(batch.owner?.account.displayName == "Ada L.")
    #expect(batch.owner?.listsFollowing == false)
    #expect(batch.owner?.listsFollowers == false)
    // The second `orderedItems` (the real one) is read, not the first, empty one.
    #expect(batch.posts.count == 4)
    #expect(batch.posts.filter(\.isRepost).count == 2)
    #expect(batch.counts.records == 5)
    #expect(batch.warnings.contains { $0.message == "activities skipped: Like 1" })
  }

  @Test func postsKeepTagsMentionsLinksAndReplies() throws {
    let batch = try Fixture.parse("fediverse/mastodon-archive")
    let first = try #require(batch.posts.first)
    #expect(first.id == "https://social.example/users/Ada/statuses/1")
    #expect(first.hashtags == ["Fediverse"])  // `tag` given as a single object
    #expect(first.urls == ["https://example.test/a?b=1&c=2"])  // the hashtag link is not one
    #expect(first.language == "en")
    #expect(first.text.hasPrefix("<p>Hello "))
    let reply = batch.posts[1]
    #expect(reply.isReply)
    #expect(reply.replyToID == "https://other.test/users/bob/statuses/9")
    #expect(reply.hashtags == ["Swift"])
    // A local mention (`@cy`) gets the host of its href.
    #expect(reply.mentions == ["bob@other.test", "cy@social.example"])
    #expect(batch.accounts.map(\.id.value) == ["bob@other.test", "cy@social.example"])
    let boosts = batch.posts.filter(\.isRepost)
    #expect(
      boosts.map(\.urls) == [
        ["https://other.test/users/bob/statuses/10"], ["https://third.test/notes/11"],
      ])
    #expect(boosts.allSatisfy { $0.text.isEmpty && $0.author == ada })
  }

  @Test func theArchiveNameDatesTheExport() throws {
    let batch = try Fixture.parse("fediverse/archive-20240102030405-0123abcd.tar.gz")
    #expect(batch.observedAt.map(UTCTime.timestamp) == "2024-01-02T03:04:05Z")
  }

  @Test func duplicateKeysKeepTheLastValue() throws {
    // Given an object whose key repeats, the last value wins (JSONDecoder on Linux keeps the
    // first, which is why outbox.json is read with JSONTree).
    let object = try JSONTree.object(
      Data(#"{"k": [], "k": [1, 2]}"#.utf8), path: "t.json", limits: ImportLimits())
    #expect((object["k"] as? [Int]) == [1, 2])
  }

  @Test func anOutboxThatIsNotAnOrderedCollectionIsAnError() {
    #expect(
      throws: ImportError.malformed(
        path: "\(Fixture.path("fediverse/not-a-collection")):outbox.json", location: "type",
        reason: "not an ActivityStreams OrderedCollection (type is 'Collection')")
    ) {
      try Fixture.parse("fediverse/not-a-collection")
    }
  }

  @Test func aFollowingListInTheArchiveFolderIsTheOwnersFollowing() throws {
    // Given the unpacked archive with following_accounts.csv placed beside actor.json
    let folder = try TemporaryFolder()
    let archive = folder.url.appendingPathComponent("archive")
    try FileManager.default.copyItem(
      atPath: Fixture.path("fediverse/mastodon-archive"), toPath: archive.path)
    try FileManager.default.copyItem(
      atPath: Fixture.path("fediverse/following_accounts.csv"),
      toPath: archive.appendingPathComponent("following_accounts.csv").path)
    let batch = try MastodonArchiveFormat.parse(
      ImportSource(path: archive.path), context: ParseContext())
    // Then the owner's following list is known, and the followers still are not
    #expect(batch.owner?.listsFollowing == true)
    #expect(batch.owner?.listsFollowers == false)
    #expect(batch.follows.count == 3)
    #expect(batch.posts.count == 4)
  }

  @Test func actorJSONAloneNamesTheOwner() throws {
    let batch = try Fixture.parse("fediverse/mastodon-archive/actor.json")
    #expect(batch.format == "mastodon-archive")
    #expect(batch.owner?.account.id == ada)
    #expect(batch.posts.isEmpty)
    #expect(batch.owner?.listsFollowing == false)
  }

  @Test func outboxJSONAloneNeedsTheOwner() throws {
    #expect(throws: ImportError.self) {
      try Fixture.parse("fediverse/mastodon-archive/outbox.json")
    }
    let batch = try Fixture.parse(
      "fediverse/mastodon-archive/outbox.json",
      context: ParseContext(owner: try AccountSelector(parsing: "Ada@social.example")))
    #expect(batch.owner?.account.id == ada)
    #expect(batch.posts.count == 4)
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func theSharedSampleHasTheExpectedPostsAndBoosts() throws {
    let expected = try ReferenceCSV.jsonObject(
      ReferenceData.url("exports/mastodon-archive/expected.json"))
    let source = try ImportSource(path: ReferenceData.url("exports/mastodon-archive").path)
    #expect(try ExportFormats.detect(source).name == MastodonArchiveFormat.name)
    let batch = try MastodonArchiveFormat.parse(source, context: ParseContext())
    #expect(batch.owner?.account.id.value == expected["owner"] as? String)
    #expect(batch.posts.filter { !$0.isRepost }.count == expected["posts"] as? Int)
    #expect(batch.posts.filter(\.isRepost).count == expected["boosts"] as? Int)
    #expect(batch.counts.records == expected["activities"] as? Int)
    #expect(batch.unknownFiles == ["expected.json"])
  }
}
