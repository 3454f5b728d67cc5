/// Quantile bins for the features of a gradient-boosted model: each value becomes a small
/// integer, so a split search scans a histogram instead of sorted values.
///
/// Bin 0 holds missing values (NaN); bins 1… hold the values between consecutive cut points.
public struct FeatureBins: Sendable, Equatable {
  /// The sorted cut points of each feature; a value goes to bin 1 + (cut points below it).
  public var cuts: [[Double]]

  /// The largest number of bins of any feature, missing bin included.
  public var binCount: Int { (cuts.map(\.count).max() ?? 0) + 2 }

  /// Chooses cut points at the quantiles of the training values.
  ///
  /// - Parameters:
  ///   - rows: Training rows, one value per feature each.
  ///   - featureCount: The number of features.
  ///   - maxBins: The most bins of values per feature (at most 254).
  /// - Complexity: O(*F* · *N* log *N*) for *N* rows and *F* features.
  public init(rows: [[Double]], featureCount: Int, maxBins: Int = 63) {
    let limit = min(max(maxBins, 2), 254)
    cuts = (0..<featureCount).map { feature in
      let values = rows.map { $0[feature] }.filter { !$0.isNaN }.sorted()
      guard !values.isEmpty else { return [] }
      var distinct: [Double] = []
      for value in values where distinct.last != value { distinct.append(value) }
      if distinct.count <= limit {
        // One bin per distinct value: cut halfway between neighbours.
        return zip(distinct, distinct.dropFirst()).map { ($0 + $1) / 2 }
      }
      var result: [Double] = []
      for k in 1..<limit {
        let value = values[k * values.count / limit]
        if result.last.map({ value > $0 }) ?? true { result.append(value) }
      }
      return result
    }
  }

  /// The bin of one value of one feature.
  ///
  /// - Parameters:
  ///   - value: The value (NaN for missing).
  ///   - feature: The feature index.
  /// - Returns: 0 for missing, else 1 + the number of cut points strictly below `value`.
  /// - Complexity: O(log *B*) for *B* cut points.
  public func bin(_ value: Double, feature: Int) -> UInt8 {
    if value.isNaN { return 0 }
    let list = cuts[feature]
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid] < value { low = mid + 1 } else { high = mid }
    }
    return UInt8(1 + low)
  }

  /// Bins a whole row.
  ///
  /// - Parameter row: One value per feature.
  /// - Returns: One bin per feature.
  /// - Complexity: O(*F* log *B*).
  public func bins(of row: [Double]) -> [UInt8] {
    row.indices.map { bin(row[$0], feature: $0) }
  }
}
