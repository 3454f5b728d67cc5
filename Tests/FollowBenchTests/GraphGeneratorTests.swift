import FollowBench
import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// The benchmark generator: deterministic, exact sizes, Twitter-like shape, readable output.
struct GraphGeneratorTests {
  @Test func theSameSeedGivesTheSameGraph() {
    let a = GraphGenerator(size: .tiny, seed: 11).generate()
    let b = GraphGenerator(size: .tiny, seed: 11).generate()
    let c = GraphGenerator(size: .tiny, seed: 12).generate()
    #expect(a.ids == b.ids)
    #expect(a.edges == b.edges)
    #expect(a.edges != c.edges)
  }

  @Test func sizesAreExactWithoutSelfFollowsOrDuplicates() {
    let graph = GraphGenerator(size: .tiny, seed: 3).generate()
    #expect(graph.ids.count == BenchSize.tiny.accounts)
    #expect(Set(graph.ids).count == graph.ids.count)
    #expect(graph.edges.count == BenchSize.tiny.follows)
    #expect(Set(graph.edges).count == graph.edges.count)
    #expect(graph.edges.allSatisfy { $0 >> 32 != $0 & 0xFFFF_FFFF })
    let statistics = graph.statistics()
    #expect(statistics.accounts == BenchSize.tiny.accounts)
    #expect(statistics.follows == BenchSize.tiny.follows)
  }

  @Test func theShapeIsTwitterLike() {
    let statistics = GraphGenerator(size: .tiny, seed: 5).generate().statistics()
    // 20–25 % of follows reciprocated.
    #expect(statistics.edgeReciprocity >= 0.20 && statistics.edgeReciprocity <= 0.25)
    // The most followed account is followed by a large share of everyone and follows almost
    // none of them back.
    #expect(statistics.maxInDegree * 5 >= statistics.accounts)
    #expect(statistics.followsBackOfTop * 20 <= statistics.maxInDegree)
    // Heavy tail: many accounts have no follower at all.
    #expect(statistics.accountsWithoutFollowers > 0)
  }

  @Test func idsLookLikeXIDs() {
    let ids = GraphGenerator(size: .tiny, seed: 5).generate().ids
    #expect(ids.allSatisfy { $0 >= 1_000_000 && $0 < UInt64(Int64.max) })
    #expect(ids.contains { String($0).count >= 18 })
    #expect(ids.contains { String($0).count <= 10 })
  }

  @Test func theEdgeListImportsWithTheSameFigures() throws {
    let folder = try TemporaryFolder()
    let graph = GraphGenerator(size: .tiny, seed: 9).generate()
    let path = folder.path("tiny.txt")
    try graph.writeEdgeList(to: path)
    let batch = try EdgeListFormat.parse(
      try ImportSource(path: path), context: ParseContext(network: .generic))
    #expect(batch.follows.count == graph.edges.count)
    #expect(batch.follows.accountIDs.count == graph.ids.count)
    #expect(batch.counts.duplicateFollows == 0)
    let first = graph.edges[0]
    let line = "\(graph.ids[Int(first >> 32)]) \(graph.ids[Int(first & 0xFFFF_FFFF)])\n"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix(line))
  }

  @Test func decimalDigitsAreWrittenExactly() {
    for value: UInt64 in [0, 7, 10, 1_000_000, 9_223_372_036_854_775_807, UInt64.max] {
      var buffer: [UInt8] = []
      GeneratedGraph.appendDecimal(value, to: &buffer)
      #expect(String(decoding: buffer, as: UTF8.self) == String(value))
    }
  }
}
