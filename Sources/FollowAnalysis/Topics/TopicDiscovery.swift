import Foundation

/// Topics discovered in a set of posts, with each post's topic and each account's topic shares.
public struct DiscoveredTopics: Sendable {
  /// One discovered topic.
  public struct Topic: Equatable, Sendable {
    /// The topic's id: topics are numbered from 0 by decreasing size.
    public var id: Int
    /// The most characteristic terms, best first.
    public var topTerms: [String]
    /// The share of all posts the model gives the topic.
    public var share: Double
  }

  /// The topics.
  public var topics: [Topic]
  /// The most probable topic of each post (`nil` when there are no topics).
  public var postTopics: [Int?]
  /// The probability of that topic for each post.
  public var postProbabilities: [Double?]
  /// Topic shares per account, `shares[account][topic]`.
  public var accountShares: [[Double]]
  /// The smoothing weight λ chosen, and the held-out score of every λ tried.
  public var smoothing: Double
  /// The held-out scores of the λ grid.
  public var smoothingScores: [Double]
  /// The number of terms in the vocabulary.
  public var vocabularySize: Int
  /// NMF iterations, and EM iterations of the final fit.
  public var nmfIterations: Int
  /// EM iterations of the final fit.
  public var mixtureIterations: Int
  /// The log-likelihood of the final fit.
  public var logLikelihood = 0.0
  /// The held-out score at the chosen λ of the fit from each start tried, in the order given
  /// (see ``TopicMixture/selectSmoothing(initial:)``).
  public var startScores: [Double] = []
  /// The start whose fit was kept (best held-out score), an index into the starts.
  public var chosenStart = 0
}

/// Discovers topics: TF-IDF over the posts, non-negative matrix factorisation with NNDSVD
/// initialisation into `k` topics, then a per-account topic mixture started from the NMF
/// assignment (see ``TopicMixture``) whose smoothing is chosen on held-out posts.
public enum TopicDiscovery {
  /// How many terms describe each topic.
  public static let topTermCount = 8

  /// Runs discovery.
  ///
  /// - Parameters:
  ///   - documents: The terms of each post (``TokenizedPost/terms``).
  ///   - groups: The account index of each post.
  ///   - groupCount: The number of accounts.
  ///   - k: The number of topics wanted; fewer are used when the posts or terms are fewer.
  ///   - starts: The first clusterings to try (``defaultStarts``: NMF). The first one chooses
  ///     λ; with more than one, each is scored on held-out posts at that λ
  ///     (``TopicMixture/heldOutScores(initial:grid:)``) and the best is fitted.
  ///   - fixedSmoothing: λ to use instead of choosing it (the fit then runs to convergence).
  ///   - fixedIterations: The most EM iterations, instead of choosing them with λ on held-out
  ///     posts (``TopicMixture/selectSmoothing(initial:)``); for the benchmark's variants.
  /// - Returns: The topics and shares.
  /// - Complexity: TF-IDF O(*t*); starts as ``startingPoint(_:matrix:k:)``; mixture and
  ///   selection O(8 · 4 · *i* · *nnz* · *k*) on at most 20,000 posts, 4 more fits per extra
  ///   start, then one fit on all.
  public static func run(
    documents: [[String]], groups: [Int], groupCount: Int, k: Int,
    starts: [Start] = defaultStarts, smoothing fixedSmoothing: Double? = nil,
    iterations fixedIterations: Int? = nil
  ) -> DiscoveredTopics {
    let matrix = TermMatrix(documents: documents)
    let withTerms = (0..<matrix.counts.rows).filter {
      matrix.counts.rowStart[$0 + 1] > matrix.counts.rowStart[$0]
    }.count
    let topicCount = min(k, withTerms, matrix.vocabulary.count)
    guard topicCount >= 1, !starts.isEmpty else {
      return DiscoveredTopics(
        topics: [], postTopics: documents.map { _ in nil },
        postProbabilities: documents.map { _ in nil },
        accountShares: Array(repeating: [], count: groupCount), smoothing: 0,
        smoothingScores: [], vocabularySize: matrix.vocabulary.count, nmfIterations: 0,
        mixtureIterations: 0)
    }
    var mixture = TopicMixture(
      counts: matrix.counts, groups: groups.map { Int32($0) }, groupCount: groupCount,
      k: topicCount)
    if let fixedIterations { mixture.iterationLimit = fixedIterations }
    let candidates = starts.map { startingPoint($0, matrix: matrix, k: topicCount) }
    var smoothing = fixedSmoothing ?? 0
    var scores: [Double] = []
    var startScores: [Double] = []
    var iterations: Int?
    if fixedSmoothing == nil {
      (smoothing, scores, iterations) = mixture.selectSmoothing(initial: candidates[0].initial)
      if fixedIterations != nil || candidates.count > 1 { iterations = nil }
      startScores.append(scores.max() ?? 0)
    } else {
      startScores += mixture.heldOutScores(initial: candidates[0].initial, grid: [smoothing])
    }
    for candidate in candidates.dropFirst() {
      startScores += mixture.heldOutScores(initial: candidate.initial, grid: [smoothing])
    }
    var best = 0
    for (i, score) in startScores.enumerated() where score > startScores[best] { best = i }
    let fit = mixture.fit(
      initial: candidates[best].initial, smoothing: smoothing, maxIterations: iterations)
    var found = assemble(
      fit: fit, matrix: matrix, k: topicCount, documents: documents.count,
      groupCount: groupCount, smoothing: smoothing, scores: scores,
      nmfIterations: candidates[best].iterations)
    found.logLikelihood = fit.logLikelihood
    found.startScores = startScores
    found.chosenStart = best
    return found
  }

  /// Orders topics by size, labels them and reads off posts' topics and accounts' shares.
  private static func assemble(
    fit: TopicMixture.Fit, matrix: TermMatrix, k: Int, documents: Int, groupCount: Int,
    smoothing: Double, scores: [Double], nmfIterations: Int
  ) -> DiscoveredTopics {
    var mass = [Double](repeating: 0, count: k)
    for d in 0..<documents {
      for t in 0..<k { mass[t] += fit.responsibilities[d * k + t] }
    }
    let order = (0..<k).sorted { mass[$0] > mass[$1] || (mass[$0] == mass[$1] && $0 < $1) }
    var rank = [Int](repeating: 0, count: k)
    for (position, t) in order.enumerated() { rank[t] = position }
    let topics = order.enumerated().map { position, t in
      DiscoveredTopics.Topic(
        id: position, topTerms: topTerms(of: t, fit: fit, matrix: matrix, k: k),
        share: documents > 0 ? mass[t] / Double(documents) : 0)
    }
    var postTopics: [Int?] = []
    var probabilities: [Double?] = []
    for d in 0..<documents {
      var best = 0
      for t in 1..<max(k, 1)
      where fit.responsibilities[d * k + t] > fit.responsibilities[d * k + best] {
        best = t
      }
      postTopics.append(rank[best])
      probabilities.append(fit.responsibilities[d * k + best])
    }
    let shares = (0..<groupCount).map { g in order.map { fit.shares[g * k + $0] } }
    return DiscoveredTopics(
      topics: topics, postTopics: postTopics, postProbabilities: probabilities,
      accountShares: shares, smoothing: smoothing, smoothingScores: scores,
      vocabularySize: matrix.vocabulary.count, nmfIterations: nmfIterations,
      mixtureIterations: fit.iterations)
  }

  /// The terms that set topic `t` apart.
  ///
  /// Ranked by φ(w) · ln(φ(w) / P(w)), each term's contribution to the divergence of the topic from
  /// the corpus, so that frequent and exclusive terms rank first; when no term is over-represented
  /// (a single topic), by φ(w). A hashtag is skipped when its word is already listed and the other
  /// way round.
  static func topTerms(of t: Int, fit: TopicMixture.Fit, matrix: TermMatrix, k: Int) -> [String] {
    var scored: [(term: String, score: Double)] = []
    for (j, term) in matrix.vocabulary.enumerated() {
      let p = fit.wordDistributions[j * k + t]
      guard p > 0 else { continue }
      scored.append((term, p * log(p / fit.background[j])))
    }
    if !scored.contains(where: { $0.score > 0 }) {
      scored = matrix.vocabulary.enumerated().map { j, term in
        (term, fit.wordDistributions[j * k + t])
      }
    }
    scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.term < $1.term) }
    var chosen: [String] = []
    var seen: Set<String> = []
    for (term, score) in scored where score > 0 {
      let bare = term.hasPrefix("#") ? String(term.dropFirst()) : term
      guard seen.insert(bare).inserted else { continue }
      chosen.append(term)
      if chosen.count == topTermCount { break }
    }
    return chosen
  }
}
