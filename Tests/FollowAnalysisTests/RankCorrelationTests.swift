import FollowAnalysis
import FollowTestSupport
import Foundation
import Testing

struct RankCorrelationTests {
  @Test("Spearman and Kendall tau-b equal scipy on a vector with ties")
  func smallVectorWithTies() throws {
    // Given scores with ties on both sides
    let x: [Double] = [1, 2, 2, 3, 4, 4, 4, 5]
    let y: [Double] = [2, 1, 3, 3, 5, 4, 4, 6]

    // When
    let result = RankCorrelation.compute(x, y)

    // Then they equal scipy 1.17.1, obtained with:
    // python3 -c "import scipy.stats as s; x=[1,2,2,3,4,4,4,5]; y=[2,1,3,3,5,4,4,6];
    //   print(repr(s.spearmanr(x,y).statistic), repr(s.kendalltau(x,y).statistic))"
    let spearman = try #require(result.spearman)
    let kendall = try #require(result.kendall)
    #expect(abs(spearman - 0.9256265453136692) < 1e-12)
    #expect(abs(kendall - 0.8406728074767076) < 1e-12)
  }

  @Test("Kendall tau-b by merge sort equals the direct count over all pairs")
  func kendallMatchesPairCount() throws {
    // Given seeded pseudo-random scores with many ties
    var state: UInt64 = 42
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double((state >> 33) % 20)
    }
    let x = (0..<300).map { _ in next() }
    let y = (0..<300).map { _ in next() }

    // When
    let fast = try #require(RankCorrelation.compute(x, y).kendall)

    // Then it equals tau-b counted pair by pair
    var concordant = 0
    var discordant = 0
    var tiedX = 0
    var tiedY = 0
    for i in 0..<x.count {
      for j in (i + 1)..<x.count {
        let dx = x[i] - x[j]
        let dy = y[i] - y[j]
        if dx == 0 && dy == 0 { continue }
        if dx == 0 {
          tiedX += 1
        } else if dy == 0 {
          tiedY += 1
        } else if (dx > 0) == (dy > 0) {
          concordant += 1
        } else {
          discordant += 1
        }
      }
    }
    let slow =
      Double(concordant - discordant)
      / (Double(concordant + discordant + tiedX) * Double(concordant + discordant + tiedY))
      .squareRoot()
    #expect(abs(fast - slow) < 1e-12)
  }

  @Test("Coefficients are undefined for one item or a constant ranking")
  func undefinedCases() {
    #expect(RankCorrelation.compute([1], [2]).spearman == nil)
    #expect(RankCorrelation.compute([1], [2]).kendall == nil)
    #expect(RankCorrelation.compute([1, 1, 1], [1, 2, 3]).kendall == nil)
    #expect(RankCorrelation.compute([1, 1, 1], [1, 2, 3]).spearman == nil)
  }

  @Test(
    "Followers and PageRank rankings of the reference graphs correlate as scipy says",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)),
    arguments: [
      // python3 -c "import csv,scipy.stats as s; r=list(csv.DictReader(open(
      //   'graphs/<g>/expected/per_account.csv'))); x=[int(a['followers']) for a in r];
      //   y=[float(a['pagerank']) for a in r];
      //   print(s.spearmanr(x,y).statistic, s.kendalltau(x,y).statistic)"   (scipy 1.17.1)
      ("snap-ego-12831", 0.8826275205316734, 0.7618841736379064),
      ("snap-ego-13212502", 0.956063974727082, 0.8396648337099495),
      ("us-senators", 0.8607910807280414, 0.7244154494849224),
      ("wiki-vote", 0.9949551441358933, 0.94770745290412),
    ])
  func referenceCorrelations(graphName: String, spearman: Double, kendall: Double) throws {
    // Given our PageRank and in-degrees (no follower counts are imported for these graphs)
    let graph = try ReferenceGraphs.graph(graphName)
    let scores = graph.pageRank().scores
    let followers = (0..<graph.accountCount).map { Double(graph.followersCount(of: $0)) }

    // When
    let result = RankCorrelation.compute(followers, scores)

    // Then it matches scipy on networkx's PageRank (ties among near-equal scores may break
    // differently, hence 1e-6)
    let rho = try #require(result.spearman)
    let tau = try #require(result.kendall)
    #expect(abs(rho - spearman) < 1e-6)
    #expect(abs(tau - kendall) < 1e-6)
    print(
      "rank correlation followers vs PageRank, \(graphName): Spearman \(rho), Kendall tau-b \(tau)")
  }
}
