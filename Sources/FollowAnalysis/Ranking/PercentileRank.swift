/// Percentile ranks of scores within a population.
///
/// The percentile rank of a value *v* among *N* scores is `100 · (B + E/2) / N`, where *B* is
/// the number of scores below *v* and *E* the number equal to it (itself included): the
/// textbook percentile rank, scipy's `percentileofscore(kind="mean")`. The highest of *N*
/// distinct scores gets `100 − 50/N`, so with 1,000 accounts only the top 10 reach 99.
public enum PercentileRank {
  /// The percentile rank of every score among all of them.
  ///
  /// - Parameter scores: The population's scores.
  /// - Returns: The percentile rank (0–100) of each score, by position.
  /// - Complexity: O(*n* log *n*).
  public static func of(_ scores: [Double]) -> [Double] {
    let n = scores.count
    guard n > 0 else { return [] }
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var result = [Double](repeating: 0, count: n)
    var start = 0
    while start < n {
      var end = start + 1
      while end < n && scores[order[end]] == scores[order[start]] { end += 1 }
      let percentile = 100 * (Double(start) + Double(end - start) / 2) / Double(n)
      for k in start..<end { result[order[k]] = percentile }
      start = end
    }
    return result
  }
}
