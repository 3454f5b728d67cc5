import FollowModel
import FollowTestSupport
import Foundation
import Testing

@testable import FollowImport

/// Bluesky repository exports: the MST's current records become follows, posts and reposts.
struct BlueskyCARTests {
  private let owner = AccountID(network: .bluesky, value: "did:plc:owner0000000000000000000")
  private let alice = "did:plc:alice0000000000000000000"
  private let bob = "did:plc:bob000000000000000000000"

  @Test func readsTheCurrentRecordsOfARepository() throws {
    let batch = try Fixture.parse("fediverse/repo.car")
    #expect(batch.format == "bluesky-car")
    #expect(batch.owner?.account.id == owner)
    #expect(batch.owner?.account.displayName == "Owner Ö")
    #expect(batch.owner?.listsFollowing == true)
    #expect(batch.owner?.listsFollowers == false)
    // Two follow records of alice collapse into one follow; bob is followed once.
    #expect(batch.follows.count == 2)
    #expect(batch.counts.duplicateFollows == 1)
    #expect(Set(batch.follows.accountIDs) == [owner.value, alice, bob])
    // 8 records in the tree; the stale post block in the file is not one of them.
    #expect(batch.counts.records == 8)
    #expect(batch.posts.filter { !$0.isRepost }.count == 2)
    #expect(!batch.posts.contains { $0.text == "deleted draft" })
    // The commit's rev (a TID) dates the export.
    #expect(batch.observedAt.map(UTCTime.day) == "2023-12-05")
    // The earliest createdAt of the follow records of alice is kept.
    let follow = Follow(follower: owner, followed: AccountID(network: .bluesky, value: alice))
    #expect(batch.followCreatedAt[follow].map(UTCTime.timestamp) == "2023-12-20T09:00:00Z")
    let other = try #require(batch.warnings.first { $0.message.contains("other collections") })
    #expect(other.message.hasSuffix("app.bsky.actor.profile 1, app.bsky.feed.like 1"))
  }

  @Test func facetsAfterNonASCIITextLandOnTheRightCharacters() throws {
    let batch = try Fixture.parse("fediverse/repo.car")
    let post = try #require(batch.posts.first { $0.id.hasSuffix("/app.bsky.feed.post/3kppp1") })
    #expect(post.id == "at://\(owner.value)/app.bsky.feed.post/3kppp1")
    #expect(post.text == "Grüße aus Köln 🌍 #café mit @alice.test")
    // `#café` and `@alice.test` follow 9 bytes of umlauts and an emoji: the UTF-8 byte ranges
    // of the facets must cut exactly these words.
    #expect(post.hashtags == ["café", "extra"])
    #expect(post.mentions == ["alice.test"])
    #expect(post.language == "de")
    #expect(!batch.warnings.contains { $0.message.contains("byte range") })
    // The mention names alice's handle.
    #expect(batch.accounts.first { $0.id.value == alice }?.handle == "alice.test")
  }

  @Test func repliesLinksAndReposts() throws {
    let batch = try Fixture.parse("fediverse/repo.car")
    let reply = try #require(batch.posts.first(where: { $0.id.hasSuffix("/3kppp2") }))
    #expect(reply.isReply)
    #expect(reply.replyToID == "at://\(bob)/app.bsky.feed.post/3bbb")
    #expect(reply.urls == ["https://example.test/"])
    #expect(UTCTime.timestamp(reply.createdAt) == "2024-03-06T07:30:00Z")
    let repost = try #require(batch.posts.first { $0.isRepost })
    #expect(repost.id == "at://\(owner.value)/app.bsky.feed.repost/3krrr1")
    #expect(repost.urls == ["at://\(bob)/app.bsky.feed.post/3ccc"])
  }

  @Test func readsRepositoryFormatVersion2() throws {
    let batch = try Fixture.parse("fediverse/repo-v2.car")
    #expect(batch.owner?.account.id == owner)
    #expect(batch.follows.count == 2)
    #expect(batch.posts.count == 3)
    #expect(batch.observedAt == nil)
  }

  @Test(arguments: [
    (
      "truncated.car",
      "block 13 (byte 2558): the file is truncated: the block declares 224 bytes but 184 remain"
    ),
    ("bad-hash.car", "the block's content does not match its CID (sha-256 mismatch)"),
    ("mst-shared-node.car", "the node is reached twice (a cycle or a corrupt tree)"),
    ("mst-too-deep.car", "the tree is deeper than 64 levels"),
    (
      "cbor-length.car", "DAG-CBOR: length 1000000 at byte 5 is larger than the 9 bytes that remain"
    ),
  ])
  func badRepositoriesFailWithTheFileAndTheBlock(name: String, reason: String) {
    do {
      _ = try Fixture.parse("fediverse/" + name, format: BlueskyCARFormat.self)
      Issue.record("\(name) was accepted")
    } catch let error as ImportError {
      let text = error.errorDescription ?? ""
      #expect(text.contains(name))
      #expect(text.contains(reason))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test(
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)),
    arguments: ["bsky-app", "paul_staging.repo", "greenground.repo"])
  func sharedSamplesGiveTheExpectedCounts(name: String) throws {
    let expected = try ReferenceCSV.jsonObject(
      ReferenceData.url("exports/bluesky/\(name).expected.json"))
    let source = try ImportSource(path: ReferenceData.url("exports/bluesky/\(name).car").path)
    #expect(try ExportFormats.detect(source).name == BlueskyCARFormat.name)
    let batch = try BlueskyCARFormat.parse(source, context: ParseContext())
    #expect(batch.owner?.account.id.value == expected["did"] as? String)
    #expect(batch.counts.records == expected["records"] as? Int)
    #expect(batch.posts.filter { !$0.isRepost }.count == expected["posts"] as? Int)
    #expect(batch.follows.count == expected["distinct_follow_subjects"] as? Int)
    #expect(
      batch.follows.count + batch.counts.duplicateFollows + batch.counts.selfFollows == expected[
        "follows"] as? Int)
    let collections = expected["collections"] as? [String: Int] ?? [:]
    #expect(batch.posts.filter(\.isRepost).count == collections["app.bsky.feed.repost", default: 0])
  }
}
