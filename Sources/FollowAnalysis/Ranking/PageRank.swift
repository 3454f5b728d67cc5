/// The PageRank of every account of a follow graph, with how the iteration ended.
public struct PageRankResult: Equatable, Sendable {
  /// The score of each account, by graph index; the scores sum to 1.
  public var scores: [Double]
  /// The damping factor used (networkx `alpha`).
  public var damping: Double
  /// Power iterations run.
  public var iterations: Int
  /// The L1 change of the last iteration.
  public var lastChange: Double
  /// Whether the change fell below the tolerance before the iteration cap.
  public var converged: Bool

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - scores: The score of each account.
  ///   - damping: The damping factor.
  ///   - iterations: Iterations run.
  ///   - lastChange: The last L1 change.
  ///   - converged: Whether the tolerance was reached.
  public init(
    scores: [Double], damping: Double, iterations: Int, lastChange: Double, converged: Bool
  ) {
    self.scores = scores
    self.damping = damping
    self.iterations = iterations
    self.lastChange = lastChange
    self.converged = converged
  }
}

extension FollowGraph {
  /// The default damping factor, networkx's `alpha`.
  public static let defaultDamping = 0.85

  /// PageRank by power iteration, as networkx `pagerank` computes it.
  ///
  /// A follow passes rank from the follower to the account followed. Each iteration computes
  /// `x'[v] = d · (Σ_{u→v} x[u] / out(u) + D / N) + (1 − d) / N`, where `D` is the rank held by
  /// accounts that follow no one (dangling accounts), spread uniformly over all *N* accounts,
  /// and the teleport is uniform. The start vector is uniform. Iteration stops when the L1
  /// change `Σ|x' − x|` is below `tolerance`, or after `maxIterations`; the scores are then
  /// normalised to sum to 1.
  ///
  /// - Parameters:
  ///   - damping: The probability of following a link, in (0, 1]; 0.85 by default.
  ///   - tolerance: The L1 change below which the iteration has converged.
  ///   - maxIterations: The iteration cap.
  /// - Returns: The scores by account index and how the iteration ended; empty for an empty
  ///   graph.
  /// - Complexity: O(*k* · (*n* + *m*)) for *k* iterations, *n* accounts and *m* follows.
  public func pageRank(
    damping: Double = FollowGraph.defaultDamping, tolerance: Double = 1e-12,
    maxIterations: Int = 1_000
  ) -> PageRankResult {
    let n = accountCount
    guard n > 0 else {
      return PageRankResult(
        scores: [], damping: damping, iterations: 0, lastChange: 0, converged: true)
    }
    let uniform = 1.0 / Double(n)
    var inverseOut = [Double](repeating: 0, count: n)
    var dangling: [Int] = []
    for account in 0..<n {
      let out = followingCount(of: account)
      if out == 0 { dangling.append(account) } else { inverseOut[account] = 1.0 / Double(out) }
    }
    var x = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    var iterations = 0
    var change = Double.infinity
    while iterations < maxIterations {
      iterations += 1
      var danglingMass = 0.0
      for account in dangling { danglingMass += x[account] }
      for account in 0..<n { share[account] = x[account] * inverseOut[account] }
      let base = damping * danglingMass * uniform + (1 - damping) * uniform
      change = 0
      for account in 0..<n {
        var incoming = 0.0
        for source in followers(of: account) { incoming += share[Int(source)] }
        let value = damping * incoming + base
        next[account] = value
        change += abs(value - x[account])
      }
      swap(&x, &next)
      if change < tolerance { break }
    }
    let total = x.reduce(0, +)
    if total > 0 {
      for account in 0..<n { x[account] /= total }
    }
    return PageRankResult(
      scores: x, damping: damping, iterations: iterations, lastChange: change,
      converged: change < tolerance)
  }
}
