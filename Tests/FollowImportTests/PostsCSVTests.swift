import FollowImport
import FollowModel
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

struct PostsCSVTests {
  func parse(_ path: String, network: Network = .generic) throws -> ImportBatch {
    let source = try ImportSource(path: path)
    return try PostsCSVFormat.parse(source, context: ParseContext(network: network))
  }

  @Test func readsEveryColumnDateFormQuotingAndRepost() throws {
    // Given a posts CSV with a BOM, CRLF, an extra column, three date forms, a quoted
    // multi-line text, a missing id, a repost, a blank line and a repeated id
    let batch = try parse(try Fixture.path("posts.csv"))
    // Then four posts are read in network x, with the header's optional columns used
    #expect(batch.network == .x)
    #expect(batch.format == "posts-csv")
    #expect(batch.posts.count == 4)
    let first = batch.posts[0]
    #expect(first.id == "101")
    #expect(first.author == AccountID(network: .x, value: "alice"))
    #expect(first.createdAt == UTCTime.parse("2024-01-05T09:30:00Z"))
    #expect(first.text == "Our new #SEO guide for brands, part 1: https://example.com/seo")
    #expect(first.language == "en")
    #expect(first.hashtags == ["SEO"])
    #expect(first.urls == ["https://example.com/seo"])
    #expect(batch.posts[1].createdAt == UTCTime.parse("2024-01-20T18:00:00Z"))
    #expect(batch.posts[1].mentions == ["bob"])
    let third = batch.posts[2]
    #expect(third.createdAt == Date(timeIntervalSince1970: 1_706_868_000))
    #expect(third.text == "Two lines:\r\nbrand story #contentmarketing")
    #expect(third.id.hasPrefix("sha256:") && third.id.count == 27)
    #expect(third.language == nil)
    #expect(batch.posts[3].isRepost)
    #expect(batch.posts[3].author.value == "12345")
    // The @ handle is kept as the account's handle; problems are warnings
    #expect(
      batch.accounts == [Account(id: AccountID(network: .x, value: "alice"), handle: "alice")])
    let warnings = batch.warnings.map(\.description).joined(separator: "\n")
    #expect(warnings.contains("line 8: 1 post repeat"))
    #expect(warnings.contains("1 blank line"))
    #expect(warnings.contains("columns not read: source"))
  }

  @Test func derivedIDsAreStable() throws {
    let once = try parse(try Fixture.path("posts.csv")).posts[2].id
    let twice = try parse(try Fixture.path("posts.csv")).posts[2].id
    #expect(once == twice)
  }

  @Test func autoDetectionTellsPostsFromEdgeLists() throws {
    let folder = try TemporaryFolder()
    let posts = try folder.write("author,created_at,text\nalice,2024-01-01,hello\n", to: "p.csv")
    let edges = try folder.write("follower,followed\nalice,bob\n", to: "e.csv")
    #expect(try ExportFormats.detect(ImportSource(path: posts)).name == "posts-csv")
    #expect(try ExportFormats.detect(ImportSource(path: edges)).name == "edge-list")
  }

  @Test(arguments: [
    ("author,text\nalice,hi\n", "line 1: the header author,text lacks author, created_at or text"),
    (
      "author,created_at,text\nalice,yesterday,hi\n", "line 2: created_at 'yesterday' is not a date"
    ),
    (
      "author,created_at,text,network\na,2024-01-01,x,x\nb,2024-01-01,y,mastodon\n",
      "line 3: network 'mastodon' differs from 'x' on line 2"
    ),
    ("author,created_at,text\n,2024-01-01,hi\n", "line 2: empty author"),
    ("author,created_at,text\nalice,2024-01-01\n", "line 2: expected 3 fields"),
    ("", "the file is empty"),
  ])
  func badInputNamesTheLine(content: String, message: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(content, to: "bad.csv")
    #expect {
      try parse(path)
    } throws: { error in
      let text = (error as? ImportError)?.errorDescription ?? ""
      return text.contains(message) && text.hasPrefix(path)
    }
  }

  @Test func importsIntoTheStoreOnceAndOnlyOnce() throws {
    // Given the fixture imported twice with --format auto
    let database = try TestStore.inMemory()
    let importer = TestStore.importer(
      database, clock: { Date(timeIntervalSince1970: 1_710_000_000) })
    let first = try importer.run(paths: [try Fixture.path("posts.csv")], options: ImportOptions())
    let second = try importer.run(paths: [try Fixture.path("posts.csv")], options: ImportOptions())
    // Then the posts are stored with their tags, and the second import changes nothing
    #expect(first[0].format == "posts-csv" && first[0].postsAdded == 4)
    #expect(second[0].alreadyImportedAs != nil)
    let stored = try database.posts(network: .x)
    #expect(stored.count == 4)
    #expect(stored.first { $0.id == "101" }?.hashtags == ["SEO"])
  }
}
