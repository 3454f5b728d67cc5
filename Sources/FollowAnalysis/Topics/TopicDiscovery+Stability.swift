import FollowModel
import Foundation

/// How stable the topics found for one number of topics are when the posts are resampled: the
/// mean and the standard error of an agreement over the subsamples.
public struct TopicStability: Equatable, Sendable {
  /// The mean agreement over the subsamples.
  public var mean: Double
  /// Its standard error (sample standard deviation / √runs; 0 with one run).
  public var standardError: Double

  /// Mean and standard error of `scores`.
  init(_ scores: [Double]) {
    let mean = scores.reduce(0, +) / Double(max(1, scores.count))
    self.mean = mean
    guard scores.count > 1 else {
      standardError = 0
      return
    }
    let squares = scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
    standardError = (squares / Double(scores.count - 1) / Double(scores.count)).squareRoot()
  }
}

extension TopicDiscovery {
  /// Subsamples drawn per candidate number of topics.
  static let stabilityRuns = 4
  /// The share of posts in each subsample: 80 %, as in Greene, O'Callaghan and Cunningham 2014.
  static let stabilityShare = 0.8
  /// The seed of the subsamples; subsample *i* uses `stabilitySeed + i`.
  static let stabilitySeed: UInt64 = 20_140_815
  /// Stability is measured on at most this many posts (an evenly spaced sample).
  static let stabilitySampleLimit = 20_000
  /// How many top terms of each topic are compared: 20, as in Greene and colleagues' paper.
  static let stabilityDepth = 20

  /// The subsamples used by ``stability(_:k:subsamples:)``: `runs` sorted sets of 80 % of the
  /// row indexes `0..<rows`, drawn by seeded partial Fisher–Yates shuffles, so every run is
  /// the same.
  ///
  /// - Complexity: O(*runs* · *rows* log *rows*).
  static func stabilitySubsamples(rows: Int, runs: Int = stabilityRuns) -> [[Int]] {
    let size = max(1, Int((stabilityShare * Double(rows)).rounded()))
    return (0..<runs).map { run in
      var random = SplitMix64(seed: stabilitySeed &+ UInt64(run))
      var order = Array(0..<rows)
      for i in 0..<min(size, rows) {
        let j = i + Int(random.next() % UInt64(rows - i))
        order.swapAt(i, j)
      }
      return order.prefix(size).sorted()
    }
  }

  /// The stability of TF-IDF + NMF topics of `tfidf` into `k` topics, two ways.
  ///
  /// NMF is run on every post (the reference) and on each subsample. **Terms** (Greene,
  /// O'Callaghan & Cunningham 2014, "How many topics? Stability analysis for topic models"):
  /// each topic is ranked list of its 20 heaviest terms; the topics of a subsample are matched
  /// one-to-one to the reference topics so as to maximise the summed average Jaccard agreement
  /// of the lists (``TopicMatching``), and the subsample scores the mean over the matched
  /// pairs. **Posts**: the adjusted Rand index between the subsample's clustering (each post in
  /// its heaviest component) and the reference's, on the subsample's posts.
  ///
  /// - Parameters:
  ///   - tfidf: Unit-length TF-IDF rows (``TermMatrix/tfidf()``).
  ///   - k: The number of topics.
  ///   - subsamples: Row indexes of each subsample (``stabilitySubsamples(rows:runs:)``).
  /// - Returns: Mean and standard error of both agreements.
  /// - Complexity: (1 + *runs*) NMF fits, O(*i* · *nnz* · *k*) each, on parallel threads, and
  ///   O(*runs* · *k*³) for the matchings.
  static func stability(_ tfidf: SparseMatrix, k: Int, subsamples: [[Int]]) -> (
    terms: TopicStability, posts: TopicStability
  ) {
    let board = FitSlots<(clusters: [Int], terms: [[Int]])>(count: subsamples.count + 1)
    ParallelWork.run(count: subsamples.count + 1) { run in
      let rows = run == 0 ? tfidf : tfidf.rows(subsamples[run - 1])
      let nmf = NMF.factorize(rows, k: k)
      board.set(
        run,
        (nmf.dominantComponents.map { $0 ?? -1 }, topTermRanks(nmf, columns: tfidf.columns)))
    }
    let fits = board.values.map { $0 ?? ([], []) }
    let reference = fits[0]
    var termScores: [Double] = []
    var postScores: [Double] = []
    for (run, rows) in subsamples.enumerated() {
      let fit = fits[run + 1]
      termScores.append(TopicMatching.agreement(reference.terms, fit.terms))
      postScores.append(
        ClusterAgreement(labels: rows.map { reference.clusters[$0] }, clusters: fit.clusters).ari
      )
    }
    return (TopicStability(termScores), TopicStability(postScores))
  }

  /// The column indexes of each component's heaviest terms, heaviest first (ties: lower index).
  static func topTermRanks(_ nmf: NMFResult, columns: Int) -> [[Int]] {
    (0..<nmf.k).map { t in
      let row = nmf.h[(t * columns)..<((t + 1) * columns)]
      let ranked = row.indices.filter { row[$0] > 0 }.sorted {
        row[$0] > row[$1] || (row[$0] == row[$1] && $0 < $1)
      }
      return ranked.prefix(stabilityDepth).map { $0 - t * columns }
    }
  }
}

extension TopicDiscovery {
  /// The stability of every candidate number of topics.
  ///
  /// Measured as ``stability(_:k:subsamples:)`` measures it, on the posts that have terms (at
  /// most 20,000, evenly spaced). Tried for
  /// `--topics auto` and not adopted (README, "How well it works"); kept so that
  /// `topics-benchmark --topic-counts` reproduces the measurements.
  ///
  /// - Parameters:
  ///   - documents: The terms of each post.
  ///   - candidates: The numbers of topics, each at most the posts with terms and the terms.
  /// - Returns: For each candidate, the stability by terms and by posts.
  /// - Complexity: for each candidate, five NMF fits of O(*i* · *nnz* · *k*).
  public static func topicCountStability(documents: [[String]], candidates: [Int]) -> [(
    terms: TopicStability, posts: TopicStability
  )] {
    let matrix = TermMatrix(documents: documents)
    let withTerms = (0..<matrix.counts.rows).filter {
      matrix.counts.rowStart[$0 + 1] > matrix.counts.rowStart[$0]
    }
    let stride = max(1, (withTerms.count + stabilitySampleLimit - 1) / stabilitySampleLimit)
    let rows = Swift.stride(from: 0, to: withTerms.count, by: stride).map { withTerms[$0] }
    let tfidf = matrix.tfidf().rows(rows)
    let subsamples = stabilitySubsamples(rows: rows.count)
    return candidates.map { stability(tfidf, k: $0, subsamples: subsamples) }
  }
}
