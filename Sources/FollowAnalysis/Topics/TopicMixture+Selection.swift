import Foundation

extension TopicMixture {
  /// The smoothing weights λ tried.
  static let smoothingGrid: [Double] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
  /// Held-out folds.
  static let folds = 4
  /// Selection runs on at most this many posts (an evenly spaced subsample).
  static let selectionSampleLimit = 20_000

  /// The EM iterations after which held-out posts are scored (Fibonacci numbers: dense where
  /// the fit still moves, sparse later); the fit run to convergence is scored too.
  static let checkpoints = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610]

  /// Chooses λ, and with a single account the number of EM iterations, by held-out
  /// likelihood, without labels.
  ///
  /// Posts are split into four folds by position; for each λ the model is fitted on three
  /// folds and scored on the fourth. With posts from two accounts or more the score is the
  /// held-out log-probability of each post's account given its words, log P(a | post), which
  /// rewards topic shares that tell accounts apart (exactly what focus measures) and punishes
  /// both over-smoothed fits, where every account collapses onto one topic, and
  /// under-smoothed ones, where topics only echo rare words; the fit runs to convergence.
  /// With a single account the score is the held-out log-likelihood of the posts' words,
  /// taken after each of ``checkpoints`` iterations and at convergence, and the pair
  /// (λ, iterations) of the best score wins: stopping EM early keeps small topics from being
  /// fitted to their own posts' words on small corpora, and on larger ones the converged fit
  /// usually wins. With accounts, stopping early was measured to worsen the focus estimates
  /// (README, "How well it works"), so it is not done there. Above 20,000 posts the selection
  /// runs on an evenly spaced subsample.
  ///
  /// - Parameter initial: Starting P(topic | post), row-major `posts × k`.
  /// - Returns: The chosen λ, the best score of every λ tried, and the EM iterations to run
  ///   (`nil`: to convergence).
  /// The 32 fits run on parallel threads.
  ///
  /// - Complexity: O(|grid| · folds · *iterations* · *nnz* · *k*) on the subsample.
  func selectSmoothing(initial: [Double]) -> (
    smoothing: Double, scores: [Double], iterations: Int?
  ) {
    let table = heldOutCheckpointScores(initial: initial, grid: Self.smoothingGrid)
    let converged = Self.checkpoints.count
    let columns = hasSeveralAccounts ? converged...converged : 0...converged
    var best = (row: 0, column: converged)
    for (row, scores) in table.enumerated() {
      for column in columns {
        let score = scores[column]
        let current = table[best.row][best.column]
        // At equal scores the converged fit wins over a checkpoint every fold had already
        // converged by.
        let tieToConverged = score == current && column == converged && best.column != converged
        if score > current || tieToConverged { best = (row, column) }
      }
    }
    let iterations = best.column < converged ? Self.checkpoints[best.column] : nil
    return (Self.smoothingGrid[best.row], table.map { $0[columns].max() ?? 0 }, iterations)
  }

  /// Whether the posts come from two accounts or more.
  var hasSeveralAccounts: Bool {
    guard let first = groups.first else { return false }
    return groups.contains { $0 != first }
  }

  /// The held-out score (summed over the four folds) of fits from `initial` run to convergence
  /// with each λ of `grid`; see ``selectSmoothing(initial:)``.
  ///
  /// - Complexity: as ``heldOutCheckpointScores(initial:grid:)``.
  func heldOutScores(initial: [Double], grid: [Double]) -> [Double] {
    heldOutCheckpointScores(initial: initial, grid: grid).map { $0.last ?? 0 }
  }

  /// The held-out scores of fits from `initial` with each λ of `grid`, by iterations.
  ///
  /// Each row holds the scores summed over the four folds after each of ``checkpoints``
  /// iterations and, last, at convergence. A fold that converged before a checkpoint
  /// contributes its converged score there.
  ///
  /// - Complexity: O(|grid| · folds · *iterations* · *nnz* · *k*) on at most 20,000 posts,
  ///   on parallel threads.
  func heldOutCheckpointScores(initial: [Double], grid: [Double]) -> [[Double]] {
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
    let columns = Self.checkpoints.count + 1
    let tasks = grid.count * Self.folds
    let board = ScoreBoard(count: tasks * columns)
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
        groupCount: groupCount, k: k, priorPosts: priorPosts, iterationLimit: iterationLimit)
      let testCounts = sampleCounts.rows(test)
      let testGroups = test.map { sampleGroups[$0] }
      _ = model.fit(initial: start, smoothing: smoothing) { iteration, last, logW, shares in
        let checkpoint = Self.checkpoints.firstIndex(of: iteration)
        guard checkpoint != nil || last else { return }
        let score = Self.heldOutScore(
          logWordWeights: logW, shares: shares, counts: testCounts, groups: testGroups,
          postsPerGroup: postsPerGroup, k: k)
        if let checkpoint { board.set(task * columns + checkpoint, score) }
        if last {
          for column in Self.checkpoints.indices where Self.checkpoints[column] > iteration {
            board.set(task * columns + column, score)
          }
          board.set(task * columns + columns - 1, score)
        }
      }
    }
    let slots = board.values
    return grid.indices.map { i in
      (0..<columns).map { column in
        (0..<Self.folds).reduce(0.0) { $0 + slots[((i * Self.folds) + $1) * columns + column] }
      }
    }
  }

  /// Σ log P(account | post) over held-out posts, or Σ log P(post) when `postsPerGroup` is
  /// `nil` (a single account).
  static func heldOutScore(
    logWordWeights: [Double], shares: [Double], counts: SparseMatrix, groups: [Int32],
    postsPerGroup: [Double]?, k: Int
  ) -> Double {
    let logL = counts.multiply(logWordWeights, width: k)
    // Σₐ nₐ θₐ(z): the denominator of P(a | post) for every post.
    var weighted = [Double](repeating: 0, count: k)
    if let postsPerGroup {
      for (g, size) in postsPerGroup.enumerated() where size > 0 {
        for t in 0..<k { weighted[t] += size * shares[g * k + t] }
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
        own += shares[g * k + t] * scaled
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
