/// One bin of a reliability diagram: predictions in a probability range and how often the
/// event happened.
public struct ReliabilityBin: Equatable, Sendable {
  /// The lower end of the bin's probability range.
  public var lower: Double
  /// The upper end.
  public var upper: Double
  /// Predictions in the bin.
  public var count: Int
  /// Their mean predicted probability (`nil` when empty).
  public var meanPredicted: Double?
  /// The share of them whose label is 1 (`nil` when empty).
  public var observedRate: Double?
}

/// How well probabilities rank and match outcomes: ROC AUC, Brier score, reliability.
public enum Calibration {
  /// The area under the ROC curve: the chance a random positive scores above a random
  /// negative, ties counting one half (Mann–Whitney U).
  ///
  /// - Parameters:
  ///   - scores: One score per example.
  ///   - labels: `true` for positives.
  /// - Returns: The AUC, or `nil` without both classes.
  /// - Complexity: O(*n* log *n*).
  public static func auc(scores: [Double], labels: [Bool]) -> Double? {
    let positives = labels.filter { $0 }.count
    let negatives = labels.count - positives
    guard positives > 0, negatives > 0 else { return nil }
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var rankSum = 0.0
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
      let rank = Double(start + end) / 2 + 1
      for k in start...end where labels[order[k]] { rankSum += rank }
      start = end + 1
    }
    let u = rankSum - Double(positives) * Double(positives + 1) / 2
    return u / (Double(positives) * Double(negatives))
  }

  /// The Brier score, the mean squared difference between probability and outcome.
  ///
  /// - Parameters:
  ///   - probabilities: One probability per example.
  ///   - labels: `true` for positives.
  /// - Returns: The score (0 is perfect), or `nil` for no examples.
  /// - Complexity: O(*n*).
  public static func brier(probabilities: [Double], labels: [Bool]) -> Double? {
    guard !probabilities.isEmpty else { return nil }
    var total = 0.0
    for (p, y) in zip(probabilities, labels) {
      let d = p - (y ? 1 : 0)
      total += d * d
    }
    return total / Double(probabilities.count)
  }

  /// The reliability diagram in equal-width probability bins.
  ///
  /// - Parameters:
  ///   - probabilities: One probability per example.
  ///   - labels: `true` for positives.
  ///   - binCount: The number of bins.
  /// - Returns: One entry per bin, lowest first.
  /// - Complexity: O(*n* + bins).
  public static func reliability(
    probabilities: [Double], labels: [Bool], binCount: Int = 10
  ) -> [ReliabilityBin] {
    let bins = max(binCount, 1)
    var counts = [Int](repeating: 0, count: bins)
    var sums = [Double](repeating: 0, count: bins)
    var hits = [Int](repeating: 0, count: bins)
    for (p, y) in zip(probabilities, labels) {
      let bin = min(max(Int(p * Double(bins)), 0), bins - 1)
      counts[bin] += 1
      sums[bin] += p
      if y { hits[bin] += 1 }
    }
    return (0..<bins).map { bin in
      ReliabilityBin(
        lower: Double(bin) / Double(bins), upper: Double(bin + 1) / Double(bins),
        count: counts[bin],
        meanPredicted: counts[bin] > 0 ? sums[bin] / Double(counts[bin]) : nil,
        observedRate: counts[bin] > 0 ? Double(hits[bin]) / Double(counts[bin]) : nil)
    }
  }
}
