/// One point of a complementary cumulative distribution: the share of accounts whose degree
/// is at least `degree`.
public struct CCDFPoint: Equatable, Sendable {
  /// A degree that occurs in the graph (≥ 1).
  public var degree: Int
  /// P(X ≥ degree): accounts with at least this degree / all accounts.
  public var share: Double

  /// Creates a point.
  ///
  /// - Parameters:
  ///   - degree: The degree.
  ///   - share: The share of accounts with at least that degree.
  public init(degree: Int, share: Double) {
    self.degree = degree
    self.share = share
  }
}

/// Degree distributions as complementary CDFs, the usual way to show heavy tails on log-log
/// axes (Clauset, Shalizi & Newman 2009).
public enum DegreeDistribution {
  /// The complementary CDF of `degrees`: one point per distinct positive degree *d*, with
  /// P(X ≥ *d*) over all accounts, zeros included in the denominator.
  ///
  /// - Parameter degrees: One degree per account.
  /// - Returns: Points sorted by degree; empty when no degree is positive.
  /// - Complexity: O(*n* log *n*).
  public static func ccdf(_ degrees: [Int]) -> [CCDFPoint] {
    guard !degrees.isEmpty else { return [] }
    let sorted = degrees.sorted()
    let total = Double(sorted.count)
    var points: [CCDFPoint] = []
    var index = 0
    while index < sorted.count {
      let degree = sorted[index]
      var next = index
      while next < sorted.count && sorted[next] == degree { next += 1 }
      if degree > 0 {
        points.append(CCDFPoint(degree: degree, share: Double(sorted.count - index) / total))
      }
      index = next
    }
    return points
  }
}

extension FollowGraph {
  /// The complementary CDF of follower counts (in-degrees) within the graph.
  ///
  /// - Returns: One point per distinct positive in-degree.
  /// - Complexity: O(*n* log *n*).
  public func followersCCDF() -> [CCDFPoint] {
    DegreeDistribution.ccdf((0..<accountCount).map(followersCount(of:)))
  }

  /// The complementary CDF of following counts (out-degrees) within the graph.
  ///
  /// - Returns: One point per distinct positive out-degree.
  /// - Complexity: O(*n* log *n*).
  public func followingCCDF() -> [CCDFPoint] {
    DegreeDistribution.ccdf((0..<accountCount).map(followingCount(of:)))
  }
}
