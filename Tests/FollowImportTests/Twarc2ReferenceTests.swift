import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// The twarc2 reader on the real files of `../shared/reference/exports/twarc2/`.
///
/// Every expected count was obtained with a straightforward Python reader (python3 3.x, json
/// module), run in that folder:
///
///     python3 -c "import json,sys
///     T=set(); U={}
///     for l in open(sys.argv[1]):
///         try: o=json.loads(l)
///         except: continue
///         d=o.get('data'); d=[d] if isinstance(d,dict) else (d or [])
///         for x in d:
///             if 'text' in x: T.add(x['id'])
///             elif 'username' in x: U[x['id']]=x
///         for x in o.get('includes',{}).get('tweets',[]): T.add(x['id'])
///         for x in o.get('includes',{}).get('users',[]): U[x['id']]=x
///     print(len(T), len(U), sum('public_metrics' in u for u in U.values()))" FILE
///
/// which prints distinct tweets, distinct users and users with public_metrics:
/// users.jsonl 52 91 91 (96 user objects in `data`, 91 distinct; the 52 tweets are pinned
/// tweets in `includes.tweets`), two_tweets.jsonl 2 2 2 (one tweet in `data`, the tweet it
/// retweets in `includes.tweets`), brexit.jsonl 155 177 177 (100 in `data`, 59 in
/// `includes.tweets`, 4 in both), streaming_output_with_error.jsonl 11 11 11 (line 8 is cut
/// off and is not JSON), kpop.jsonl 121 112 112.
struct Twarc2ReferenceTests {
  static let folder = "exports/twarc2/"

  static func parse(_ name: String) throws -> ImportBatch {
    try Twarc2Format.parse(
      ImportSource(path: ReferenceData.url(folder + name).path), context: ParseContext())
  }

  @Test(
    "Counts of users and tweets match a straightforward reader",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)),
    arguments: [
      ("users.jsonl", 91, 91, 52),
      ("two_tweets.jsonl", 2, 2, 2),
      ("brexit.jsonl", 177, 177, 155),
      ("streaming_output_with_error.jsonl", 11, 11, 11),
      ("kpop.jsonl", 112, 112, 121),
    ])
  func counts(file: String, users: Int, usersWithMetrics: Int, tweets: Int) throws {
    // When
    let batch = try Self.parse(file)

    // Then
    #expect(batch.network == .x)
    #expect(batch.accounts.count == users)
    #expect(batch.accounts.filter { $0.followersCount != nil }.count == usersWithMetrics)
    #expect(batch.posts.count == tweets)
    #expect(Set(batch.posts.map(\.id)).count == tweets)
  }

  @Test(
    "users.jsonl carries the audience counts of each user",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func usersCarryCounts() throws {
    let batch = try Self.parse("users.jsonl")
    let user = try #require(batch.accounts.first { $0.id.value == "119369819" })
    #expect(user.handle == "DoDirty78")
    #expect(user.followersCount == 580)
    #expect(user.followingCount == 518)
    #expect(user.postsCount == 55186)
    #expect(user.listedCount == 12)
    #expect(user.isVerified == false)
    #expect(user.createdAt == UTCTime.parse("2010-03-03T12:49:24Z"))
    #expect(batch.observedAt == UTCTime.parse("2021-10-23T19:36:18Z"))
    // The page's `errors` (deleted pinned tweets) are one counted warning
    #expect(batch.warnings.count == 1)
    #expect(batch.warnings.first?.message.hasPrefix("8 API error entries") == true)
  }

  @Test(
    "A retweet in two_tweets.jsonl becomes a repost with its tags",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func retweetPost() throws {
    let batch = try Self.parse("two_tweets.jsonl")
    let retweet = try #require(batch.posts.first { $0.id == "1394735776701816833" })
    #expect(retweet.isRepost)
    #expect(retweet.author == AccountID(network: .x, value: "1379899464345923590"))
    #expect(retweet.hashtags == ["POIUYTREWQ"])
    #expect(retweet.mentions == ["bibaigna96"])
    #expect(retweet.language == "und")
    let original = try #require(batch.posts.first { $0.id == "1391677057810288641" })
    #expect(!original.isRepost)
  }

  @Test(
    "The cut-off line of the streaming file is one counted warning naming line 8",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func streamingErrorLine() throws {
    let batch = try Self.parse("streaming_output_with_error.jsonl")
    #expect(batch.warnings.count == 1)
    #expect(batch.warnings.first?.location.hasSuffix("line 8") == true)
  }

  @Test(
    "The flattened file gives one post per tweet and referenced tweet, and embedded users",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func flattened() throws {
    // python3: 100 tweets + 66 distinct referenced tweets inlined with text (164 distinct);
    // 178 distinct users with public_metrics among author, in_reply_to_user,
    // entities.mentions and referenced_tweets[].author
    let batch = try Self.parse("flat.jsonl")
    #expect(batch.posts.count == 164)
    #expect(batch.accounts.count == 178)
    #expect(batch.warnings.isEmpty)
  }

  @Test(
    "An empty file is a counted warning, not a failure",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func emptyFile() throws {
    let batch = try Self.parse("empty.json")
    #expect(batch.accounts.isEmpty)
    #expect(batch.posts.isEmpty)
    #expect(batch.warnings.count == 1)
  }

  @Test(
    "--format auto detects every twarc2 file, the empty one too",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)),
    arguments: [
      "users.jsonl", "two_tweets.jsonl", "brexit.jsonl", "flat.jsonl", "kpop.jsonl",
      "edited.jsonl", "streaming_output_with_error.jsonl", "empty.json",
    ])
  func detection(file: String) throws {
    let source = try ImportSource(path: ReferenceData.url(Self.folder + file).path)
    #expect(try ExportFormats.detect(source).name == "twarc2")
  }
}
