import Foundation

extension TopicMixture {
  /// The smoothing weights λ tried.
  static let smoothingGrid: [Double] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
  /// Held-out folds.
  static let folds = 4
  /// Selection runs on at most this many posts (an evenly spaced subsample).
  static let selectionSampleLimit = 20_000

  /// Chooses λ by held-out likelihood, without labels.
  ///
  /// Posts are split into four folds by position; for each λ the model is fitted on three
  /// folds and scored on the fourth. With posts from two accounts or more the score is the
  /// held-out log-probability of each post's account given its words, log P(a | post), which
  /// rewards topic shares that tell accounts apart (exactly what focus measures) and punishes
  /// both over-smoothed fits, where every account collapses onto one topic, and
  /// under-smoothed ones, where topics only echo rare words. With a single account the score
  /// is the held-out log-likelihood of the posts' words. Above 20,000 posts the selection runs
  /// on an evenly spaced subsample.
  ///
  /// - Parameter initial: Starting P(topic | post), row-major `posts × k`.
  /// - Returns: The chosen λ and the score of every λ tried.
  /// The 32 fits run on parallel threads.
  ///
  /// - Complexity: O(|grid| · folds · *iterations* · *nnz* · *k*) on the subsample.
  func selectSmoothing(initial: [Double]) -> (smoothing: Double, scores: [Double]) {
    let scores = heldOutScores(initial: initial, grid: Self.smoothingGrid)
    var best = 0
    for (index, score) in scores.enumerated() where score > scores[best] { best = index }
    return (Self.smoothingGrid[best], scores)
  }

  /// The held-out score (summed over the four folds) of fits from `initial` with each λ of
  /// `grid`; see ``selectSmoothing(initial:)``.
  ///
  /// - Complexity: O(|grid| · folds · *iterations* · *nnz* · *k*) on at most 20,000 posts,
  ///   on parallel threads.
  func heldOutScores(initial: [Double], grid: [Double]) -> [Double] {
    let n = counts.rows
    let stride = max(1, (n + Self.selectionSampleLimit - 1) / Self.selectionSampleLimit)
    let sample = Swift.stride(from: 0, to: n, by: stride).map { $0 }
    let sampleCounts = stride == 1 ? counts : counts.rows(sample)
    let sampleGroups = sample.map { groups[$0] }
    var sizes = [Double](repeating: 0, count: groupCount)
    for g in sampleGroups { sizes[Int(g)] += 1 }
    let postsPerGroup = sizes.filter { $0 > 0 }.count >= 2 ? sizes : nil
    let folds = (0..<Self.folds).map { fold in
      (
        test: sample.indices.filter { $0 % Self.folds == fold },
        train: sample.indices.filter { $0 % Self.folds != fold }
      )
    }
    let tasks = grid.count * Self.folds
    let board = ScoreBoard(count: tasks)
    // Every (λ, fold) fit is independent; results land in fixed slots, so the outcome does
    // not depend on scheduling.
    ParallelWork.run(count: tasks) { task in
      let smoothing = grid[task / Self.folds]
      let (test, train) = folds[task % Self.folds]
      guard !test.isEmpty, !train.isEmpty else { return }
      var start = [Double](repeating: 0, count: train.count * k)
      for (row, position) in train.enumerated() {
        let d = sample[position]
        for t in 0..<k { start[row * k + t] = initial[d * k + t] }
      }
      let model = TopicMixture(
        counts: sampleCounts.rows(train), groups: train.map { sampleGroups[$0] },
        groupCount: groupCount, k: k, priorPosts: priorPosts)
      let fit = model.fit(initial: start, smoothing: smoothing)
      board.set(
        task,
        Self.heldOutScore(
          fit: fit, counts: sampleCounts.rows(test), groups: test.map { sampleGroups[$0] },
          postsPerGroup: postsPerGroup, k: k))
    }
    let slots = board.values
    return grid.indices.map { i in
      (0..<Self.folds).reduce(0.0) { $0 + slots[i * Self.folds + $1] }
    }
  }

  /// Σ log P(account | post) over held-out posts, or Σ log P(post) when `postsPerGroup` is
  /// `nil` (a single account).
  static func heldOutScore(
    fit: Fit, counts: SparseMatrix, groups: [Int32], postsPerGroup: [Double]?, k: Int
  ) -> Double {
    let logL = counts.multiply(fit.logWordWeights, width: k)
    // Σₐ nₐ θₐ(z): the denominator of P(a | post) for every post.
    var weighted = [Double](repeating: 0, count: k)
    if let postsPerGroup {
      for (g, size) in postsPerGroup.enumerated() where size > 0 {
        for t in 0..<k { weighted[t] += size * fit.shares[g * k + t] }
      }
    }
    var total = 0.0
    for d in 0..<counts.rows {
      let g = Int(groups[d])
      var largest = -Double.infinity
      for t in 0..<k where logL[d * k + t] > largest { largest = logL[d * k + t] }
      guard largest > -Double.infinity else { continue }
      var own = 0.0
      var all = 0.0
      for t in 0..<k {
        let scaled = exp(logL[d * k + t] - largest)
        own += fit.shares[g * k + t] * scaled
        all += weighted[t] * scaled
      }
      if let postsPerGroup {
        total += log(postsPerGroup[g] * own) - log(all)
      } else {
        total += log(own) + largest
      }
    }
    return total
  }
}

/// Fixed slots written from concurrent tasks.
private final class ScoreBoard: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Double]

  init(count: Int) {
    slots = [Double](repeating: 0, count: count)
  }

  func set(_ index: Int, _ value: Double) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [Double] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
