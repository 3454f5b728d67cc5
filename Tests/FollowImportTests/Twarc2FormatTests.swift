import FollowModel
import FollowTestSupport
import Foundation
import Testing

@testable import FollowImport

struct Twarc2FormatTests {
  @Test("Bad lines are counted warnings and the good ones are still read")
  func badLines() throws {
    // Given a file with a good page, a cut-off line, a page without data, a user with a
    // negative and a non-numeric count, and an errors-only page
    let batch = try Fixture.parse("twarc2/bad_lines.jsonl", format: Twarc2Format.self)

    // Then both users are read; the bad counts are dropped, the rest kept
    #expect(batch.accounts.map(\.id.value) == ["101", "102"])
    let odd = try #require(batch.accounts.last)
    #expect(odd.followersCount == nil)
    #expect(odd.followingCount == nil)
    #expect(odd.postsCount == 3)
    // And each problem is a warning naming its line
    let messages = batch.warnings.map(\.description)
    #expect(batch.warnings.count == 5, "\(messages)")
    #expect(messages.contains { $0.contains("line 2:") && $0.contains("not a JSON object") })
    #expect(messages.contains { $0.contains("line 3:") && $0.contains("without 'data'") })
    #expect(messages.contains { $0.contains("line 4:") && $0.contains("followers_count '-5'") })
    #expect(messages.contains { $0.contains("line 4:") && $0.contains("following_count 'many'") })
    #expect(messages.contains { $0.contains("line 5:") && $0.contains("1 API error entry") })
  }

  @Test("A file of which no line is JSON is rejected, naming the file")
  func notJSONAtAll() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("this is not json\nneither is this\n", to: "notes.jsonl")
    #expect {
      try Twarc2Format.parse(ImportSource(path: path), context: ParseContext())
    } throws: { error in
      (error as? ImportError)?.errorDescription?.contains("notes.jsonl") == true
        && (error as? ImportError)?.errorDescription?.contains("not twarc2") == true
    }
  }

  @Test("Pages of `twarc2 followers ID` give follows into that account")
  func followerPages() throws {
    let batch = try Fixture.parse("twarc2/followers_of_12.jsonl", format: Twarc2Format.self)
    #expect(batch.follows.follows.map(\.description) == ["x:201 -> x:12", "x:202 -> x:12"])
    #expect(batch.observedAt == UTCTime.parse("2022-02-01T10:00:00Z"))
  }

  @Test("Flattened `twarc2 following ID` output gives follows from that account")
  func flattenedFollowingList() throws {
    let batch = try Fixture.parse("twarc2/following_of_12_flat.jsonl", format: Twarc2Format.self)
    #expect(batch.follows.follows.map(\.description) == ["x:12 -> x:301", "x:12 -> x:302"])
    #expect(batch.accounts.first?.followersCount == 5_000_000)
  }

  @Test("The follow-list owner is read from the request URL")
  func followListURL() {
    let followers = Twarc2Reader.followListOwner("https://api.twitter.com/2/users/12/followers?x=1")
    #expect(followers?.0 == "12" && followers?.1 == true)
    let following = Twarc2Reader.followListOwner("https://api.twitter.com/2/users/34/following")
    #expect(following?.0 == "34" && following?.1 == false)
    #expect(Twarc2Reader.followListOwner("https://api.twitter.com/2/users?ids=1") == nil)
  }
}
