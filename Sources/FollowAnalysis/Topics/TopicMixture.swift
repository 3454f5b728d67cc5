import Foundation

/// A mixture of unigram topics with one topic per post and topic shares per account, fitted by
/// expectation–maximisation.
///
/// The model: account *a* has topic shares θₐ; each of its posts is about one topic *z* drawn
/// from θₐ, and each word of the post is drawn from that topic's word distribution smoothed
/// toward the whole corpus (Jelinek–Mercer): P(w | z) = (1 − λ) φ_z(w) + λ P(w). Short posts
/// usually carry one topic (Yin & Wang 2014; Zhao et al. 2011), and modelling accounts as
/// mixtures is what lets an account's share of a topic be estimated directly instead of by
/// counting its posts' most likely topics, which understates the share whenever single posts
/// are ambiguous. θₐ has a Dirichlet prior worth one post, centred on the corpus shares.
///
/// The innermost loops over terms and topics are `while` loops: `swift test` runs a debug
/// build, where range iteration costs several times the arithmetic it drives.
struct TopicMixture {
  /// Term counts, one row per post.
  let counts: SparseMatrix
  /// The account index of each post.
  let groups: [Int32]
  /// The number of accounts.
  let groupCount: Int
  /// The number of topics.
  let k: Int
  /// The prior weight of θₐ, in posts.
  var priorPosts = 1.0
  /// The most EM iterations of a fit.
  var iterationLimit = 1000

  /// A fitted model.
  struct Fit {
    /// P(topic | post), row-major `posts × k`.
    var responsibilities: [Double]
    /// Topic shares per account, row-major `groupCount × k`.
    var shares: [Double]
    /// log P(w | z) with smoothing, row-major `terms × k`.
    var logWordWeights: [Double]
    /// Unsmoothed word distributions φ, row-major `terms × k`.
    var wordDistributions: [Double]
    /// The corpus word distribution P(w).
    var background: [Double]
    /// Iterations run.
    var iterations: Int
    /// The log-likelihood at the last iteration.
    var logLikelihood: Double
  }

  /// Fits the model from initial responsibilities.
  ///
  /// - Parameters:
  ///   - initial: Starting P(topic | post), row-major `posts × k`.
  ///   - smoothing: λ, the weight of the corpus distribution in every topic.
  ///   - maxIterations: The most EM iterations.
  ///   - tolerance: Stop when the log-likelihood changes by less than this fraction.
  /// - Returns: The fit.
  /// - Complexity: O(*iterations* · *nnz* · *k*).
  ///   - observe: Called with each iteration's number, whether it is the last, and the model of
  ///     that iteration (log P(w | z) and the shares) before its expectation step.
  func fit(
    initial: [Double], smoothing: Double, maxIterations: Int? = nil, tolerance: Double = 1e-9,
    observe: ((_ iteration: Int, _ last: Bool, _ logW: [Double], _ shares: [Double]) -> Void)? =
      nil
  ) -> Fit {
    let v = counts.columns
    var r = initial
    var background = [Double](repeating: 0, count: v)
    var total = 0.0
    for e in 0..<counts.nonZeroCount {
      background[Int(counts.columnIndex[e])] += counts.values[e]
      total += counts.values[e]
    }
    for j in 0..<v { background[j] = max(total > 0 ? background[j] / total : 0, 1e-12) }
    var shares = [Double](repeating: 0, count: groupCount * k)
    var phi = [Double](repeating: 0, count: v * k)
    var logW = [Double](repeating: 0, count: v * k)
    var previous: Double?
    var logLikelihood = 0.0
    var iterations = 0
    let limit = max(1, maxIterations ?? iterationLimit)
    for iteration in 1...limit {
      iterations = iteration
      shares = accountShares(r)
      wordDistributions(r, into: &phi)
      logW.withUnsafeMutableBufferPointer { lw in
        phi.withUnsafeBufferPointer { p in
          background.withUnsafeBufferPointer { b in
            for j in 0..<v {
              let floor = smoothing * b[j]
              for t in 0..<k { lw[j * k + t] = log((1 - smoothing) * p[j * k + t] + floor) }
            }
          }
        }
      }
      logLikelihood = expectation(logW: logW, shares: shares, into: &r)
      let converged =
        previous.map { abs(logLikelihood - $0) <= tolerance * abs(logLikelihood) } ?? false
      observe?(iteration, converged || iteration == limit, logW, shares)
      if converged { break }
      previous = logLikelihood
    }
    return Fit(
      responsibilities: r, shares: accountShares(r), logWordWeights: logW,
      wordDistributions: phi, background: background, iterations: iterations,
      logLikelihood: logLikelihood)
  }

  /// θₐ = (Σ P(z | post) over the account's posts + prior · corpus shares) / (posts + prior).
  func accountShares(_ r: [Double]) -> [Double] {
    let n = counts.rows
    let k = self.k
    var sums = [Double](repeating: 0, count: groupCount * k)
    var sizes = [Double](repeating: 0, count: groupCount)
    var corpus = [Double](repeating: 0, count: k)
    sums.withUnsafeMutableBufferPointer { s in
      r.withUnsafeBufferPointer { rp in
        groups.withUnsafeBufferPointer { g in
          for d in 0..<n {
            let base = Int(g[d]) * k
            sizes[Int(g[d])] += 1
            for t in 0..<k {
              s[base + t] += rp[d * k + t]
              corpus[t] += rp[d * k + t]
            }
          }
        }
      }
      for t in 0..<k { corpus[t] /= Double(max(n, 1)) }
      for g in 0..<groupCount {
        let denominator = sizes[g] + priorPosts
        for t in 0..<k { s[g * k + t] = (s[g * k + t] + priorPosts * corpus[t]) / denominator }
      }
    }
    return sums
  }

  /// φ_z(w) ∝ Σ P(z | post) · count(w, post).
  private func wordDistributions(_ r: [Double], into phi: inout [Double]) {
    let k = self.k
    for i in 0..<phi.count { phi[i] = 0 }
    var totals = [Double](repeating: 0, count: k)
    phi.withUnsafeMutableBufferPointer { p in
      r.withUnsafeBufferPointer { rp in
        counts.rowStart.withUnsafeBufferPointer { starts in
          counts.columnIndex.withUnsafeBufferPointer { cols in
            counts.values.withUnsafeBufferPointer { vals in
              for d in 0..<counts.rows {
                let rb = d * k
                var e = starts[d]
                let end = starts[d + 1]
                while e < end {
                  let c = vals[e]
                  let base = Int(cols[e]) * k
                  var t = 0
                  while t < k {
                    p[base + t] += c * rp[rb + t]
                    t += 1
                  }
                  e += 1
                }
              }
            }
          }
        }
      }
      for j in 0..<counts.columns {
        for t in 0..<k { totals[t] += p[j * k + t] }
      }
      for j in 0..<counts.columns {
        for t in 0..<k { p[j * k + t] = totals[t] > 0 ? p[j * k + t] / totals[t] : 0 }
      }
    }
  }

  /// Sets P(z | post) ∝ θₐ(z) Π P(w | z)^count and returns the log-likelihood.
  private func expectation(logW: [Double], shares: [Double], into r: inout [Double]) -> Double {
    let k = self.k
    let logShares = shares.map { log($0) }
    var total = 0.0
    var scores = [Double](repeating: 0, count: k)
    r.withUnsafeMutableBufferPointer { rp in
      scores.withUnsafeMutableBufferPointer { sc in
        logShares.withUnsafeBufferPointer { ls in
          logW.withUnsafeBufferPointer { lw in
            groups.withUnsafeBufferPointer { g in
              counts.rowStart.withUnsafeBufferPointer { starts in
                counts.columnIndex.withUnsafeBufferPointer { cols in
                  counts.values.withUnsafeBufferPointer { vals in
                    for d in 0..<counts.rows {
                      let gb = Int(g[d]) * k
                      for t in 0..<k { sc[t] = ls[gb + t] }
                      var e = starts[d]
                      let end = starts[d + 1]
                      while e < end {
                        let c = vals[e]
                        let base = Int(cols[e]) * k
                        var t = 0
                        while t < k {
                          sc[t] += c * lw[base + t]
                          t += 1
                        }
                        e += 1
                      }
                      var largest = -Double.infinity
                      for t in 0..<k where sc[t] > largest { largest = sc[t] }
                      var sum = 0.0
                      for t in 0..<k {
                        let value = exp(sc[t] - largest)
                        rp[d * k + t] = value
                        sum += value
                      }
                      total += largest + log(sum)
                      let scale = 1 / sum
                      for t in 0..<k { rp[d * k + t] *= scale }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return total
  }

  /// log Σ exp(values), computed stably; `-infinity` when every value is.
  static func logSumExp(_ values: [Double]) -> Double {
    var largest = -Double.infinity
    for value in values where value > largest { largest = value }
    guard largest > -Double.infinity else { return -Double.infinity }
    var sum = 0.0
    for value in values { sum += exp(value - largest) }
    return largest + log(sum)
  }
}
