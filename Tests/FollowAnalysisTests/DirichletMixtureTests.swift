import FollowAnalysis
import Testing

/// GSDMM (``DirichletMixture``) on hand-made posts with a known answer.
struct DirichletMixtureTests {
  /// Thirty posts in three topics of disjoint words, ten each, interleaved.
  static func corpus() -> (matrix: TermMatrix, labels: [Int]) {
    let topics = [
      ["cat", "kitten", "purr", "whisker", "nap"],
      ["stock", "market", "share", "bond", "yield"],
      ["goal", "match", "striker", "keeper", "league"],
    ]
    var documents: [[String]] = []
    var labels: [Int] = []
    for i in 0..<30 {
      let words = topics[i % 3]
      documents.append([words[i % 5], words[(i + 1) % 5], words[(i + 3) % 5]])
      labels.append(i % 3)
    }
    return (TermMatrix(documents: documents, maximumDocumentShare: nil), labels)
  }

  @Test func theMostLikelyOfFiveSeedsSeparatesTopicsOfDisjointWords() throws {
    // Given three topics that share no word
    let (matrix, labels) = Self.corpus()
    // When GSDMM clusters the posts into three clusters from five seeds (one run can merge two
    // topics and stay there: Gibbs sampling finds local optima)
    let fits = (1...5).map { DirichletMixture().fit(counts: matrix.counts, k: 3, seed: $0) }
    let best = fits.max { $0.logJoint < $1.logJoint }
    // Then the run of highest collapsed likelihood has the topics exactly
    let fit = try #require(best)
    let agreement = ClusterAgreement(labels: labels, clusters: fit.clusters)
    #expect(agreement.nmi > 0.999, "NMI \(agreement.nmi)")
    #expect(fit.clusterSizes.sorted() == [10, 10, 10])
  }

  @Test func sameSeedSameClustersAndTheTruthIsMoreLikely() {
    let (matrix, labels) = Self.corpus()
    let first = DirichletMixture().fit(counts: matrix.counts, k: 3, seed: 11)
    let again = DirichletMixture().fit(counts: matrix.counts, k: 3, seed: 11)
    #expect(first.clusters == again.clusters)
    #expect(first.logJoint == again.logJoint)
    // The collapsed likelihood prefers the true clusters to a shuffled assignment
    let shuffled = DirichletMixture(sweeps: 0).fit(
      counts: matrix.counts, k: 3, seed: 1, initial: (0..<30).map { $0 / 10 })
    let truth = DirichletMixture(sweeps: 0).fit(
      counts: matrix.counts, k: 3, seed: 1, initial: labels)
    #expect(truth.logJoint > shuffled.logJoint)
  }

  @Test func assignPlacesNewPostsInTheirTopic() {
    // Given the clusters of the thirty posts
    let (matrix, labels) = Self.corpus()
    // When three new posts and an empty one are placed
    let fresh = TermMatrix(
      documents: [["kitten", "nap"], ["bond", "yield", "stock"], ["striker"], []],
      minimumDocuments: 1, maximumDocumentShare: nil)
    let remapped = SparseMatrix(
      rows: fresh.counts.rows, columns: matrix.counts.columns, rowStart: fresh.counts.rowStart,
      columnIndex: fresh.counts.columnIndex.map { j in
        Int32(matrix.vocabulary.firstIndex(of: fresh.vocabulary[Int(j)]) ?? 0)
      }, values: fresh.counts.values)
    let placed = DirichletMixture().assign(
      remapped, fitted: matrix.counts, clusters: labels, k: 3)
    // Then each joins the cluster of its words
    #expect(placed[0] == 0)
    #expect(placed[1] == 1)
    #expect(placed[2] == 2)
    #expect(placed[3] == nil)
  }

  @Test func discoveryKeepsTheStartWithTheBestHeldOutScore() {
    // Given two accounts writing about three topics
    let (matrix, labels) = Self.corpus()
    let documents = (0..<30).map { d in
      (matrix.counts.rowStart[d]..<matrix.counts.rowStart[d + 1]).map {
        matrix.vocabulary[Int(matrix.counts.columnIndex[$0])]
      }
    }
    // When discovery tries the NMF start and the GSDMM start
    let found = TopicDiscovery.run(
      documents: documents, groups: (0..<30).map { $0 % 2 }, groupCount: 2, k: 3,
      starts: [.nmf, .dirichletMixture(seeds: 2)])
    // Then it reports both starts' scores, keeps the better one, and finds the topics
    #expect(found.startScores.count == 2)
    #expect(found.startScores[found.chosenStart] == found.startScores.max())
    let agreement = ClusterAgreement(
      labels: labels, clusters: found.postTopics.map { $0 ?? -1 })
    #expect(agreement.nmi > 0.999, "NMI \(agreement.nmi)")
  }
}
