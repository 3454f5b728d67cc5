/// How alike two rankings of the same accounts are: Spearman's ρ and Kendall's τ-b.
///
/// Both handle ties the way scipy does (`spearmanr` on average ranks, `kendalltau` variant
/// b), so values can be checked against it. A coefficient is `nil` when it is undefined (fewer
/// than two accounts, or one ranking is all ties).
public struct RankCorrelation: Equatable, Sendable {
  /// Accounts ranked.
  public var count: Int
  /// Spearman's ρ: the Pearson correlation of the average ranks.
  public var spearman: Double?
  /// Kendall's τ-b: (concordant − discordant) pairs, corrected for ties.
  public var kendall: Double?

  /// Creates the figures.
  ///
  /// - Parameters:
  ///   - count: Accounts ranked.
  ///   - spearman: Spearman's ρ.
  ///   - kendall: Kendall's τ-b.
  public init(count: Int, spearman: Double?, kendall: Double?) {
    self.count = count
    self.spearman = spearman
    self.kendall = kendall
  }

  /// Compares the rankings of `x` and `y`, paired by position.
  ///
  /// - Parameters:
  ///   - x: The first score of each item.
  ///   - y: The second score of each item; as long as `x`.
  /// - Returns: Both coefficients.
  /// - Complexity: O(*n* log *n*).
  public static func compute(_ x: [Double], _ y: [Double]) -> RankCorrelation {
    precondition(x.count == y.count, "paired scores differ in length")
    return RankCorrelation(count: x.count, spearman: spearman(x, y), kendall: kendallTauB(x, y))
  }

  /// Average ranks, 1-based: tied values share the mean of the ranks they span.
  ///
  /// - Parameter values: The scores.
  /// - Returns: The rank of each score, by position.
  /// - Complexity: O(*n* log *n*).
  public static func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
      let rank = Double(start + end + 1) / 2
      for k in start..<end { ranks[order[k]] = rank }
      start = end
    }
    return ranks
  }

  /// Spearman's ρ with average ranks for ties.
  static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count > 1 else { return nil }
    return pearson(averageRanks(x), averageRanks(y))
  }

  /// The Pearson correlation, or `nil` when either side has no variance.
  static func pearson(_ a: [Double], _ b: [Double]) -> Double? {
    let n = Double(a.count)
    let meanA = a.reduce(0, +) / n
    let meanB = b.reduce(0, +) / n
    var cov = 0.0
    var varA = 0.0
    var varB = 0.0
    for k in a.indices {
      let da = a[k] - meanA
      let db = b[k] - meanB
      cov += da * db
      varA += da * da
      varB += db * db
    }
    guard varA > 0, varB > 0 else { return nil }
    return cov / (varA * varB).squareRoot()
  }

  /// Kendall's τ-b by Knight's algorithm: sort by (x, y), then count the swaps a merge sort by
  /// y needs, which is the number of discordant pairs.
  static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double? {
    let n = x.count
    guard n > 1 else { return nil }
    let order = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : y[$0] < y[$1] }
    var ys = order.map { y[$0] }
    let xs = order.map { x[$0] }
    let totalPairs = n * (n - 1) / 2
    var tiedX = 0
    var tiedXY = 0
    var start = 0
    while start < n {
      var end = start + 1
      while end < n && xs[end] == xs[start] { end += 1 }
      tiedX += (end - start) * (end - start - 1) / 2
      var inner = start
      while inner < end {
        var innerEnd = inner + 1
        while innerEnd < end && ys[innerEnd] == ys[inner] { innerEnd += 1 }
        tiedXY += (innerEnd - inner) * (innerEnd - inner - 1) / 2
        inner = innerEnd
      }
      start = end
    }
    let discordant = mergeSortCountingSwaps(&ys)
    var tiedY = 0
    start = 0
    while start < n {
      var end = start + 1
      while end < n && ys[end] == ys[start] { end += 1 }
      tiedY += (end - start) * (end - start - 1) / 2
      start = end
    }
    let numerator = Double(totalPairs - tiedX - tiedY + tiedXY - 2 * discordant)
    let denominator = (Double(totalPairs - tiedX) * Double(totalPairs - tiedY)).squareRoot()
    guard denominator > 0 else { return nil }
    return numerator / denominator
  }

  /// Sorts `values` ascending (stable, bottom-up merge sort) and returns how many pairs were
  /// out of order: each strictly greater value placed after a smaller one counts once.
  static func mergeSortCountingSwaps(_ values: inout [Double]) -> Int {
    let n = values.count
    var buffer = [Double](repeating: 0, count: n)
    var swaps = 0
    var width = 1
    while width < n {
      var low = 0
      while low < n {
        let mid = min(low + width, n)
        let high = min(low + 2 * width, n)
        var i = low
        var j = mid
        var k = low
        while i < mid && j < high {
          if values[j] < values[i] {
            buffer[k] = values[j]
            swaps += mid - i
            j += 1
          } else {
            buffer[k] = values[i]
            i += 1
          }
          k += 1
        }
        while i < mid {
          buffer[k] = values[i]
          i += 1
          k += 1
        }
        while j < high {
          buffer[k] = values[j]
          j += 1
          k += 1
        }
        low = high
      }
      swap(&values, &buffer)
      width *= 2
    }
    return swaps
  }
}
