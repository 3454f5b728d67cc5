import FollowImport
import FollowModel
import Foundation
import Testing

struct EdgeListTests {
  private func pairs(_ batch: ImportBatch) -> [String] {
    batch.follows.follows.map { "\($0.follower.value)>\($0.followed.value)" }.sorted()
  }

  @Test func snapStyleWithCommentsTabsDuplicatesAndSelfFollows() throws {
    let batch = try Fixture.parse("edges/snap.txt", context: ParseContext(network: .generic))
    #expect(batch.format == "edge-list")
    #expect(pairs(batch) == ["1>2", "2>1", "2>3", "4>1"])
    #expect(batch.counts.selfFollows == 1)
    #expect(batch.counts.duplicateFollows == 1)
    #expect(batch.counts.records == 6)
    // One blank line and one line with a third column: counted warnings, not errors.
    #expect(batch.warnings.count == 2)
    #expect(
      batch.warnings.contains { $0.location.hasSuffix("line 8") && $0.message.contains("blank") })
    #expect(
      batch.warnings.contains {
        $0.location.hasSuffix("line 9") && $0.message.contains("more than two")
      })
  }

  @Test func csvWithFollowingFollowedHeaderAndQuotes() throws {
    let batch = try Fixture.parse("edges/following-followed.csv")
    #expect(pairs(batch) == ["alice>bob", "bob>alice", "carol>bob"])
  }

  @Test func csvColumnsAreFoundByNameInAnyPosition() throws {
    let batch = try Fixture.parse("edges/source-target.csv")
    #expect(pairs(batch) == ["n1>n2", "n2>n1"])
  }

  @Test func csvQuotedFieldsWithEmbeddedNewlinesCommasAndQuotes() throws {
    let batch = try Fixture.parse("edges/quoted.csv")
    #expect(pairs(batch) == ["bob>a,b", "quo\"te>bob", "weird\r\nname>bob"])
  }

  @Test func theNetworkComesFromTheContext() throws {
    let batch = try Fixture.parse(
      "edges/snap.txt", context: ParseContext(network: Network(rawValue: "crawl")))
    #expect(batch.network.rawValue == "crawl")
    #expect(batch.follows.network.rawValue == "crawl")
  }

  @Test(arguments: ["edges/quoted.csv", "edges/snap.txt", "edges/following-followed.csv"])
  func streamingAcrossTinyChunksGivesTheSameBatch(_ path: String) throws {
    // ImportSource feeds the parser 4 MiB at a time; every line and quote must survive any
    // chunk boundary.
    let whole = try Fixture.parse(path, format: EdgeListFormat.self)
    for size in [1, 2, 3, 7] {
      let chunked = try Fixture.parse(
        path, format: EdgeListFormat.self, context: ParseContext(chunkSize: size))
      #expect(chunked.follows == whole.follows, "chunk size \(size)")
      #expect(chunked.counts == whole.counts, "chunk size \(size)")
      #expect(chunked.warnings == whole.warnings, "chunk size \(size)")
    }
  }

  @Test func numericAndTextIdsInternInFileOrder() throws {
    // Numeric ids are interned in batches; text ids (and non-canonical numbers like 007) in
    // between must not change the first-seen order or the follows.
    let batch = try Fixture.parse("edges/mixed-ids.txt", format: EdgeListFormat.self)
    let text = try String(contentsOfFile: Fixture.path("edges/mixed-ids.txt"), encoding: .utf8)
    var order: [String] = []
    var index: [String: Int] = [:]
    var follows = Set<[Int]>()
    for line in text.split(separator: "\n") {
      let ids = line.split(separator: " ").map(String.init)
      for id in ids where index[id] == nil {
        index[id] = order.count
        order.append(id)
      }
      if let a = index[ids[0]], let b = index[ids[1]], a != b { follows.insert([a, b]) }
    }
    #expect(batch.follows.accountIDs == order)
    let parsed = (0..<batch.follows.count).map {
      [Int(batch.follows.followers[$0]), Int(batch.follows.followed[$0])]
    }
    #expect(parsed == follows.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
    #expect(order.contains("007") && order.contains("alice") && order.count > 60)
  }
}
