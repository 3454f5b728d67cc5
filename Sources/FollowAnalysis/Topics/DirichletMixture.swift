import FollowModel
import Foundation

/// A Dirichlet multinomial mixture of short posts fitted by collapsed Gibbs sampling (GSDMM;
/// Yin & Wang, "A Dirichlet multinomial mixture model-based approach for short text
/// clustering", KDD 2014).
///
/// Each post belongs to one of `k` clusters; a cluster is a multinomial over terms with a
/// symmetric Dirichlet(β) prior and cluster sizes have a Dirichlet(α) prior. Sampling post *d*'s
/// cluster given every other post's:
///
/// P(z_d = c) ∝ (m_c + α) · Π_w Π_{j<n_dw} (n_cw + β + j) / Π_{i<n_d} (n_c + Vβ + i)
///
/// with m_c posts, n_c term occurrences and n_cw occurrences of term *w* in cluster *c* (post
/// *d* left out). Unlike NMF on TF-IDF it models what a short post is, a handful of words from
/// one topic, which is why it clusters short texts well; unlike EM it moves posts one at a time
/// with the counts updated at once, which gets it out of the poor local optima EM on a mixture
/// of unigrams settles in.
///
/// The innermost loops are `while` loops: `swift test` runs a debug build, where range
/// iteration costs several times the arithmetic it drives.
public struct DirichletMixture: Sendable {
  /// The prior weight of cluster sizes (α), in posts.
  public var alpha: Double
  /// The prior weight of every term in every cluster (β).
  public var beta: Double
  /// Gibbs sweeps over all posts.
  public var sweeps: Int

  /// Creates a sampler.
  ///
  /// - Parameters:
  ///   - alpha: α; Yin & Wang use 0.1.
  ///   - beta: β; Yin & Wang use 0.1.
  ///   - sweeps: Sweeps; Yin & Wang find 30 enough for short texts.
  public init(alpha: Double = 0.1, beta: Double = 0.1, sweeps: Int = 30) {
    self.alpha = alpha
    self.beta = beta
    self.sweeps = sweeps
  }

  /// One run's outcome.
  public struct Fit: Sendable {
    /// The cluster of each post; posts without terms keep the cluster they were dealt.
    public var clusters: [Int]
    /// The number of clusters.
    public var k: Int
    /// Posts per cluster.
    public var clusterSizes: [Int]
    /// The log of the collapsed joint probability P(terms, clusters) at the end.
    public var logJoint: Double
  }

  /// Clusters the rows of `counts` into at most `k` clusters.
  ///
  /// Posts are dealt to clusters at random (seeded), then every sweep resamples each post's
  /// cluster from the conditional above, in row order, with a seeded generator: the same
  /// input and seed give the same clusters.
  ///
  /// - Parameters:
  ///   - counts: Term counts, one row per post.
  ///   - k: The number of clusters.
  ///   - seed: The random seed.
  ///   - initial: Starting clusters (one per row), instead of a random deal.
  /// - Returns: The clusters.
  /// - Complexity: O(*sweeps* · *k* · *t*) for *t* term occurrences, O(*k* · *v*) memory.
  public func fit(counts: SparseMatrix, k: Int, seed: UInt64, initial: [Int]? = nil) -> Fit {
    precondition(k >= 1)
    let n = counts.rows
    let v = counts.columns
    let vBeta = Double(v) * beta
    var random = SplitMix64(seed: seed)
    var z = [Int](repeating: 0, count: n)
    var sizes = [Double](repeating: 0, count: k)
    var termTotals = [Double](repeating: 0, count: k)
    var termCounts = [Double](repeating: 0, count: v * k)
    var lengths = [Double](repeating: 0, count: n)
    for d in 0..<n {
      var length = 0.0
      for e in counts.rowStart[d]..<counts.rowStart[d + 1] { length += counts.values[e] }
      lengths[d] = length
      let c = initial.map { min(max($0[d], 0), k - 1) } ?? Int(random.next() % UInt64(k))
      z[d] = c
      sizes[c] += 1
      termTotals[c] += length
      for e in counts.rowStart[d]..<counts.rowStart[d + 1] {
        termCounts[Int(counts.columnIndex[e]) * k + c] += counts.values[e]
      }
    }
    var scores = [Double](repeating: 0, count: k)
    counts.rowStart.withUnsafeBufferPointer { starts in
      counts.columnIndex.withUnsafeBufferPointer { cols in
        counts.values.withUnsafeBufferPointer { vals in
          termCounts.withUnsafeMutableBufferPointer { tc in
            for _ in 0..<sweeps {
              for d in 0..<n {
                let start = starts[d]
                let end = starts[d + 1]
                guard end > start else { continue }
                let old = z[d]
                sizes[old] -= 1
                termTotals[old] -= lengths[d]
                var e = start
                while e < end {
                  tc[Int(cols[e]) * k + old] -= vals[e]
                  e += 1
                }
                var c = 0
                var largest = -Double.infinity
                while c < k {
                  // Products in chunks of 16 factors, one logarithm per chunk: a factor is
                  // below 1e9 for any corpus that fits in memory, so 16 stay below 1e144.
                  var score = log(sizes[c] + alpha)
                  var product = 1.0
                  var factors = 0
                  e = start
                  while e < end {
                    let base = tc[Int(cols[e]) * k + c] + beta
                    var j = 0.0
                    while j < vals[e] {
                      product *= base + j
                      j += 1
                      factors += 1
                      if factors == 16 {
                        score += log(product)
                        product = 1
                        factors = 0
                      }
                    }
                    e += 1
                  }
                  score += log(product)
                  product = 1
                  factors = 0
                  var i = 0.0
                  while i < lengths[d] {
                    product *= termTotals[c] + vBeta + i
                    i += 1
                    factors += 1
                    if factors == 16 {
                      score -= log(product)
                      product = 1
                      factors = 0
                    }
                  }
                  score -= log(product)
                  scores[c] = score
                  if score > largest { largest = score }
                  c += 1
                }
                var sum = 0.0
                for c in 0..<k {
                  scores[c] = exp(scores[c] - largest)
                  sum += scores[c]
                }
                var target = random.nextOpenUnit() * sum
                var chosen = k - 1
                for c in 0..<k {
                  target -= scores[c]
                  if target <= 0 {
                    chosen = c
                    break
                  }
                }
                z[d] = chosen
                sizes[chosen] += 1
                termTotals[chosen] += lengths[d]
                e = start
                while e < end {
                  tc[Int(cols[e]) * k + chosen] += vals[e]
                  e += 1
                }
              }
            }
          }
        }
      }
    }
    let logJoint = Self.logJoint(
      sizes: sizes, termTotals: termTotals, termCounts: termCounts, k: k, v: v, alpha: alpha,
      beta: beta)
    return Fit(clusters: z, k: k, clusterSizes: sizes.map { Int($0) }, logJoint: logJoint)
  }

  /// log P(terms, clusters) with the multinomials and cluster shares integrated out.
  ///
  /// - Complexity: O(*k* · *v*).
  static func logJoint(
    sizes: [Double], termTotals: [Double], termCounts: [Double], k: Int, v: Int, alpha: Double,
    beta: Double
  ) -> Double {
    let lgamma = DirichletMixture.logGamma
    let n = sizes.reduce(0, +)
    var total = lgamma(Double(k) * alpha) - lgamma(n + Double(k) * alpha)
    for c in 0..<k {
      total += lgamma(sizes[c] + alpha) - lgamma(alpha)
      total += lgamma(Double(v) * beta) - lgamma(termTotals[c] + Double(v) * beta)
    }
    let lgBeta = lgamma(beta)
    for index in 0..<(v * k) where termCounts[index] > 0 {
      total += lgamma(termCounts[index] + beta) - lgBeta
    }
    return total
  }

  /// ln Γ(x) for x > 0.
  static func logGamma(_ x: Double) -> Double {
    let value: Double = Foundation.lgamma(x)
    return value
  }
}
