import Foundation

/// How `--topics auto` chose the number of topics: the candidates scored, the choice and the
/// runner-up.
public struct TopicCountChoice: Equatable, Sendable {
  /// The numbers of topics scored, ascending (scoring stops after the first that does not
  /// improve on the one before).
  public var candidates: [Int]
  /// The score of each candidate (higher is better).
  public var scores: [Double]
  /// The number chosen: the first local maximum of the scores.
  public var chosen: Int
  /// The better-scored neighbour of the choice among the candidates, `nil` when only one was
  /// scored.
  public var runnerUp: Int?
  /// What the score is, in words, for reports.
  public var criterion: String

  /// Creates a choice: the first candidate whose successor does not score higher (the last
  /// when every step improves), and its better neighbour as the runner-up.
  ///
  /// - Parameters:
  ///   - candidates: The numbers scored, ascending (at least one).
  ///   - scores: Their scores.
  ///   - criterion: What the score is.
  public init(candidates: [Int], scores: [Double], criterion: String) {
    precondition(!candidates.isEmpty && candidates.count == scores.count)
    var best = candidates.count - 1
    for i in 0..<(candidates.count - 1) where scores[i + 1] <= scores[i] {
      best = i
      break
    }
    let neighbours = [best - 1, best + 1].filter { candidates.indices.contains($0) }
    let runnerUp = neighbours.max {
      scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1)
    }
    self.candidates = candidates
    self.scores = scores
    self.chosen = candidates[best]
    self.runnerUp = runnerUp.map { candidates[$0] }
    self.criterion = criterion
  }
}

extension TopicDiscovery {
  /// The criterion ``chooseTopicCount(documents:groups:groupCount:candidates:)`` uses, as
  /// reports name it.
  public static let topicCountCriterion =
    "the first peak of the held-out likelihood of the posts' words"

  /// The numbers of topics `--topics auto` tries for `posts` considered posts: 2 to 8, then
  /// 10, 12, 15, 20 and 25, at most one per 25 posts.
  public static func topicCountCandidates(posts: Int) -> [Int] {
    [2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25].filter { $0 == 2 || $0 <= posts / 25 }
  }

  /// The smoothing weights tried for each candidate (a coarser grid than
  /// ``TopicMixture/smoothingGrid``, to keep the choice affordable).
  static let topicCountSmoothingGrid: [Double] = [0.2, 0.4, 0.6, 0.8]

  /// Chooses the number of topics without labels.
  ///
  /// Candidates are scored in increasing order: for each *k* the model is fitted as
  /// ``run(documents:groups:groupCount:k:starts:smoothing:)`` fits it (NMF start on at most
  /// 20,000 posts) and scored by the held-out log-likelihood of the words of the posts left
  /// out (four folds, the best of λ 0.2, 0.4, 0.6, 0.8). The choice is the first *k* that the
  /// next candidate does not improve on — the first peak — and scoring stops there. The
  /// likelihood keeps creeping up with many topics (measured on the reference corpora: it still
  /// rose from 20 to 25 topics on 4,163 tweets of 5 subjects), because ever smaller topics
  /// echo rare words; the first peak is where adding topics stops paying for itself.
  ///
  /// - Parameters:
  ///   - documents: The terms of each post.
  ///   - groups: The account index of each post.
  ///   - groupCount: The number of accounts.
  ///   - candidates: The numbers tried; default ``topicCountCandidates(posts:)``.
  /// - Returns: The choice.
  /// - Complexity: for each candidate scored, the start of
  ///   ``run(documents:groups:groupCount:k:starts:smoothing:)`` and 16 fits of
  ///   O(*i* · *nnz* · *k*) on at most 20,000 posts.
  public static func chooseTopicCount(
    documents: [[String]], groups: [Int], groupCount: Int, candidates: [Int]? = nil
  ) -> TopicCountChoice {
    let matrix = TermMatrix(documents: documents)
    let withTerms = (0..<matrix.counts.rows).filter {
      matrix.counts.rowStart[$0 + 1] > matrix.counts.rowStart[$0]
    }.count
    let usable = min(withTerms, matrix.vocabulary.count)
    var tried = (candidates ?? topicCountCandidates(posts: documents.count)).filter {
      $0 >= 1 && $0 <= usable
    }
    if tried.isEmpty { tried = [max(1, min(2, usable))] }
    guard usable >= 2 else {
      return TopicCountChoice(
        candidates: tried, scores: tried.map { _ in 0 }, criterion: topicCountCriterion)
    }
    var scores: [Double] = []
    for k in tried {
      let mixture = TopicMixture(
        counts: matrix.counts, groups: [Int32](repeating: 0, count: documents.count),
        groupCount: 1, k: k)
      let start = startingPoint(.nmf, matrix: matrix, k: k)
      let score =
        mixture.heldOutScores(initial: start.initial, grid: topicCountSmoothingGrid).max()
        ?? -Double.infinity
      if let last = scores.last, score <= last {
        scores.append(score)
        break
      }
      scores.append(score)
    }
    tried = Array(tried.prefix(scores.count))
    return TopicCountChoice(candidates: tried, scores: scores, criterion: topicCountCriterion)
  }
}
