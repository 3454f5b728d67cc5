import Foundation

extension DirichletMixture {
  /// Puts every row of `counts` in its most probable cluster given clusters found on other
  /// posts: the sampler's predictive probability with the posts of `fitted` as the clusters'
  /// members, P(c | post) ∝ (m_c + α) Π_w ((n_cw + β) / (n_c + Vβ))^count.
  ///
  /// Used to extend a clustering of an evenly spaced sample to all posts.
  ///
  /// - Parameters:
  ///   - counts: The posts to place, term counts over the same vocabulary.
  ///   - fitted: The posts that were clustered.
  ///   - clusters: Their clusters, in `0..<k`.
  ///   - k: The number of clusters.
  /// - Returns: Each row's cluster; `nil` for a row without terms.
  /// - Complexity: O((*nnz* + *v*) · *k*).
  public func assign(_ counts: SparseMatrix, fitted: SparseMatrix, clusters: [Int], k: Int)
    -> [Int?]
  {
    let v = counts.columns
    var sizes = [Double](repeating: 0, count: k)
    var totals = [Double](repeating: 0, count: k)
    var logWeights = [Double](repeating: 0, count: v * k)
    for d in 0..<fitted.rows {
      let c = clusters[d]
      sizes[c] += 1
      for e in fitted.rowStart[d]..<fitted.rowStart[d + 1] {
        logWeights[Int(fitted.columnIndex[e]) * k + c] += fitted.values[e]
        totals[c] += fitted.values[e]
      }
    }
    for j in 0..<v {
      for c in 0..<k {
        logWeights[j * k + c] = log(
          (logWeights[j * k + c] + beta) / (totals[c] + Double(v) * beta))
      }
    }
    let scores = counts.multiply(logWeights, width: k)
    let logSizes = sizes.map { log($0 + alpha) }
    return (0..<counts.rows).map { d in
      guard counts.rowStart[d + 1] > counts.rowStart[d] else { return nil }
      var best = 0
      var bestScore = -Double.infinity
      for c in 0..<k where scores[d * k + c] + logSizes[c] > bestScore {
        best = c
        bestScore = scores[d * k + c] + logSizes[c]
      }
      return best
    }
  }
}
