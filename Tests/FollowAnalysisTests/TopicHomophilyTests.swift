import FollowAnalysis
import FollowModel
import Testing

/// Mutual pairs sharing topics more than one-way pairs, and honesty when posts are missing.
struct TopicHomophilyTests {
  private func graph(_ pairs: [(String, String)]) -> FollowGraph {
    var builder = FollowTableBuilder(network: .generic)
    for (from, to) in pairs { builder.add(follower: from, followed: to) }
    return FollowGraph(builder.build().table)
  }

  @Test func cosineOfWordProfiles() throws {
    let profiles = TopicProfiles(words: [0: ["seo", "links"], 1: ["seo", "links"], 2: ["cats"]])
    #expect(abs(try #require(profiles.similarity(0, 1)) - 1) < 1e-12)
    #expect(profiles.similarity(0, 2) == 0)
    #expect(profiles.similarity(0, 3) == nil)
  }

  @Test func mutualPairsShareTopics() throws {
    // Given: 12 mutual pairs posting on the same theme, 12 one-way follows across themes.
    var follows: [(String, String)] = []
    var words: [String: [String]] = [:]
    for i in 0..<12 {
      follows += [("a\(i)", "b\(i)"), ("b\(i)", "a\(i)"), ("a\(i)", "c\(i)")]
      words["a\(i)"] = ["garden", "tomato", "soil\(i)"]
      words["b\(i)"] = ["garden", "tomato", "seed\(i)"]
      words["c\(i)"] = ["football", "goal", "match\(i)"]
    }
    let g = graph(follows)
    var byIndex: [Int: [String]] = [:]
    for (id, list) in words { byIndex[try #require(g.index(of: id))] = list }
    // When
    let result = TopicHomophily.measure(graph: g, topics: TopicProfiles(words: byIndex))
    // Then
    #expect(result.availability == .measured)
    #expect(result.mutualPairs == 12)
    #expect(result.oneWayPairs == 12)
    let mutual = try #require(result.mutualSimilarity)
    let oneWay = try #require(result.oneWaySimilarity)
    #expect(mutual > oneWay)
    #expect(try #require(result.pValue) < 0.01)
  }

  @Test func postsOfTheOwnerOnlyAreNotEnough() throws {
    let g = graph([("me", "x"), ("x", "me")])
    let me = try #require(g.index(of: "me"))
    let result = TopicHomophily.measure(graph: g, topics: TopicProfiles(words: [me: ["seo"]]))
    #expect(result.availability == .postsForOneAccountOnly)
    #expect(result.pValue == nil)
  }
}
