import FollowModel

/// Whether mutual follows share topics more than one-way follows: mean post-word similarity
/// of each kind of linked pair, and a permutation test.
public struct TopicHomophily: Sendable {
  /// What the posts allowed.
  public enum Availability: String, Sendable {
    /// No account has posts.
    case noPosts = "no_posts"
    /// Only one account has posts (typically the export owner): nothing to compare.
    case postsForOneAccountOnly = "posts_for_one_account_only"
    /// Several accounts have posts but no linked pair has posts on both sides.
    case noLinkedPairsWithPosts = "no_linked_pairs_with_posts"
    /// Measured.
    case measured
  }

  /// What the posts allowed.
  public var availability: Availability
  /// Accounts with posts.
  public var accountsWithPosts: Int
  /// Mutual pairs with posts on both sides.
  public var mutualPairs = 0
  /// One-way pairs with posts on both sides.
  public var oneWayPairs = 0
  /// Mean similarity of mutual pairs.
  public var mutualSimilarity: Double?
  /// Mean similarity of one-way pairs.
  public var oneWaySimilarity: Double?
  /// One-sided permutation p-value of "mutual pairs are more similar".
  public var pValue: Double?
  /// Permutations run.
  public var permutations = 0

  /// Measures homophily on the linked pairs where both accounts have posts.
  ///
  /// - Parameters:
  ///   - graph: The follow graph.
  ///   - topics: The post-word profiles.
  ///   - permutations: Label shuffles of the permutation test.
  ///   - seed: The shuffles' seed.
  ///   - maxPairs: The most pairs used (a uniform sample beyond).
  /// - Returns: The figures, or an availability saying why there are none.
  /// - Complexity: O(*m* + *P* · *p*) for *P* permutations of *p* ≤ `maxPairs` pairs, plus
  ///   the similarity of each pair.
  public static func measure(
    graph: FollowGraph, topics: TopicProfiles, permutations: Int = 999, seed: UInt64 = 15,
    maxPairs: Int = 200_000
  ) -> TopicHomophily {
    var result = TopicHomophily(availability: .measured, accountsWithPosts: topics.accountCount)
    guard topics.accountCount > 0 else {
      result.availability = .noPosts
      return result
    }
    guard topics.accountCount > 1 else {
      result.availability = .postsForOneAccountOnly
      return result
    }
    var similarities: [Double] = []
    var mutual: [Bool] = []
    for u in 0..<graph.accountCount where topics.hasProfile(u) {
      for target in graph.following(of: u) {
        let v = Int(target)
        let isMutual = graph.follows(v, u)
        if isMutual && v < u { continue }  // each mutual pair once
        guard let similarity = topics.similarity(u, v) else { continue }
        similarities.append(similarity)
        mutual.append(isMutual)
      }
    }
    var random = SplitMix64(seed: seed)
    if similarities.count > maxPairs {
      var order = Array(similarities.indices)
      order.shuffle(using: &random)
      let kept = order.prefix(maxPairs)
      similarities = kept.map { similarities[$0] }
      mutual = kept.map { mutual[$0] }
    }
    let mutualCount = mutual.filter { $0 }.count
    result.mutualPairs = mutualCount
    result.oneWayPairs = mutual.count - mutualCount
    guard mutualCount > 0, mutualCount < mutual.count else {
      result.availability = .noLinkedPairsWithPosts
      return result
    }
    let observed = difference(similarities, mutual)
    result.mutualSimilarity = observed.mutual
    result.oneWaySimilarity = observed.oneWay
    var labels = mutual
    var atLeast = 0
    for _ in 0..<permutations {
      labels.shuffle(using: &random)
      if difference(similarities, labels).gap >= observed.gap - 1e-12 { atLeast += 1 }
    }
    result.permutations = permutations
    result.pValue = Double(atLeast + 1) / Double(permutations + 1)
    return result
  }

  /// Mean similarity of the pairs labelled mutual and of the others, and their gap.
  private static func difference(
    _ values: [Double], _ labels: [Bool]
  ) -> (mutual: Double, oneWay: Double, gap: Double) {
    var sums = (0.0, 0.0)
    var counts = (0, 0)
    for (value, label) in zip(values, labels) {
      if label {
        sums.0 += value
        counts.0 += 1
      } else {
        sums.1 += value
        counts.1 += 1
      }
    }
    let a = sums.0 / Double(max(counts.0, 1))
    let b = sums.1 / Double(max(counts.1, 1))
    return (a, b, a - b)
  }
}
