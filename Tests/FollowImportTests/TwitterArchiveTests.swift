import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

struct TwitterArchiveTests {
  @Test func readsTheOwnerListsAndTweetsOfAFolder() throws {
    // Given the mini archive, When it is parsed
    let batch = try Fixture.parse("twitter-archive-mini")
    // Then the owner and the lists come from account.js, follower.js and following.js
    let owner = try #require(batch.owner)
    #expect(batch.format == "twitter-archive")
    #expect(owner.account.id == AccountID(network: .x, value: "1000"))
    #expect(owner.account.handle == "mara_markets")
    #expect(owner.account.displayName == "Mara Markets")
    #expect(owner.listsFollowers && owner.listsFollowing)
    let follows = Set(batch.follows.follows.map { "\($0.follower.value)>\($0.followed.value)" })
    #expect(
      follows == [
        "2001>1000", "2002>1000", "2003>1000", "1000>2001", "1000>3001", "1000>3002",
      ])
    #expect(batch.counts.duplicateFollows == 1)
    #expect(batch.counts.selfFollows == 1)
    #expect(batch.counts.records == 5 + 3 + 3)
    #expect(batch.unknownFiles == ["data/like.js"])
    #expect(batch.observedAt == UTCTime.parse("2023-06-15T12:00:00Z"))
  }

  @Test func tweetsFromMainAndPartFiles() throws {
    let batch = try Fixture.parse("twitter-archive-mini")
    #expect(
      batch.posts.map(\.id) == [
        "1500000000000000001", "1510000000000000002", "1520000000000000003",
      ])
    let reply = batch.posts[0]
    #expect(reply.isReply && !reply.isRepost)
    #expect(reply.replyToID == "1499999999999999999")
    #expect(reply.hashtags == ["SEO"])
    #expect(reply.mentions == ["brandbuilder"])
    #expect(reply.urls == ["https://example.com/seo-guide"])
    #expect(reply.createdAt == UTCTime.parse("2023-03-01T08:30:00Z"))
    #expect(reply.author == AccountID(network: .x, value: "1000"))
    // +0200 is converted to UTC; non-ASCII text survives.
    #expect(batch.posts[1].createdAt == UTCTime.parse("2023-04-01T17:05:10Z"))
    #expect(batch.posts[1].text.hasSuffix("café tips ☕"))
    #expect(batch.posts[2].isRepost)
  }

  @Test func mentionsGiveHandlesFromTheMostRecentTweet() throws {
    let batch = try Fixture.parse("twitter-archive-mini")
    let handles = Dictionary(uniqueKeysWithValues: batch.accounts.map { ($0.id.value, $0.handle) })
    // 3001 was @brandbuilder in March and @brand_builder in April.
    #expect(handles["3001"] == "brand_builder")
    #expect(handles["3002"] == "ana_ads")
    #expect(handles["1000"] == nil)
  }

  @Test func aZipAndItsFolderGiveTheSameBatchAndDigest() throws {
    let folder = try ImportSource(path: Fixture.path("twitter-archive-mini"))
    let zip = try ImportSource(path: Fixture.path("twitter-2023-06-15-abcdef.zip"))
    #expect(TwitterArchiveFormat.detect(zip))
    let a = try TwitterArchiveFormat.parse(folder, context: ParseContext())
    let b = try TwitterArchiveFormat.parse(zip, context: ParseContext())
    #expect(a.follows == b.follows)
    #expect(a.posts == b.posts)
    #expect(a.unknownFiles == b.unknownFiles)
    #expect(folder.contentDigest() == zip.contentDigest())
    #expect(folder.contentDigest().count == 64)
  }

  @Test func theDataFolderItselfIsAnArchive() throws {
    let batch = try Fixture.parse("twitter-archive-mini/data")
    #expect(batch.owner?.account.id.value == "1000")
    #expect(batch.follows.count == 6)
  }

  @Test func olderArchiveWithBareTweetsAndNoFollowers() throws {
    let batch = try Fixture.parse("twitter-archive-2019")
    #expect(batch.posts.map(\.hashtags) == [["growth"]])
    #expect(batch.owner?.listsFollowers == false)
    #expect(batch.owner?.listsFollowing == true)
    // "7" and "007" are different ids.
    #expect(Set(batch.follows.follows.map(\.followed.value)) == ["7", "007"])
    #expect(batch.warnings.contains { $0.message.contains("no follower.js") })
  }

  @Test func dateInTheZipNameIsTheFallbackObservationDate() {
    #expect(
      TwitterArchiveFormat.dateInFileName("/tmp/twitter-2024-01-02-abc.zip")
        == UTCTime.parse("2024-01-02"))
    #expect(TwitterArchiveFormat.dateInFileName("/tmp/archive.zip") == nil)
  }
}

/// The real archives of the reference folder give the independently computed counts.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct TwitterArchiveReferenceTests {
  @Test(arguments: ["twitter-archive-2022", "twitter-archive-2020"])
  func countsMatchExpectedJSON(_ name: String) throws {
    let expected = try ReferenceCSV.jsonObject(ReferenceData.url("exports/\(name)/expected.json"))
    let source = try ImportSource(path: ReferenceData.url("exports/\(name)").path)
    let batch = try TwitterArchiveFormat.parse(source, context: ParseContext())
    let account = try #require(expected["account"] as? [String: String])
    #expect(batch.owner?.account.id.value == account["accountId"])
    #expect(batch.owner?.account.handle == account["username"])
    let owner = try #require(batch.owner?.account.id.value)
    let follows = batch.follows.follows
    let followers = Set(follows.filter { $0.followed.value == owner }.map(\.follower.value))
    let following = Set(follows.filter { $0.follower.value == owner }.map(\.followed.value))
    #expect(followers.count == expected["followers"] as? Int)
    #expect(following.count == expected["following"] as? Int)
    #expect(followers.intersection(following).count == expected["mutual"] as? Int)
    #expect(following.subtracting(followers).count == expected["not_following_back"] as? Int)
    #expect(followers.subtracting(following).count == expected["fans"] as? Int)
    #expect(batch.posts.count == expected["posts"] as? Int)
    #expect(batch.posts.filter(\.isRepost).count == expected["retweets_by_text"] as? Int)
    #expect(batch.posts.filter(\.isReply).count == expected["replies"] as? Int)
    var tagCounts: [String: Int] = [:]
    for post in batch.posts {
      for tag in post.hashtags { tagCounts[tag.lowercased(), default: 0] += 1 }
    }
    let top = try #require(expected["top_hashtags"] as? [[Any]])
    for pair in top {
      let tag = try #require(pair[0] as? String)
      #expect(tagCounts[tag] == pair[1] as? Int, "hashtag \(tag)")
    }
  }
}
