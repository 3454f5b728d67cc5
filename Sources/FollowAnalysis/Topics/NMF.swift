/// The result of a non-negative matrix factorisation `X ≈ W · H`.
public struct NMFResult: Sendable {
  /// The document weights, row-major `rows × k`.
  public var w: [Double]
  /// The component terms, row-major `k × columns`.
  public var h: [Double]
  /// The number of components.
  public var k: Int
  /// Iterations run.
  public var iterations: Int
  /// Whether the relative projected-gradient violation fell below the tolerance.
  public var converged: Bool

  /// The component with the largest weight in each row; `nil` for a row without weight.
  public var dominantComponents: [Int?] {
    let rows = k == 0 ? 0 : w.count / k
    return (0..<rows).map { r in
      var best: Int?
      var bestWeight = 0.0
      for t in 0..<k where w[r * k + t] > bestWeight {
        best = t
        bestWeight = w[r * k + t]
      }
      return best
    }
  }
}

/// Non-negative matrix factorisation as scikit-learn's `NMF(init="nndsvd", solver="cd")`
/// computes it: NNDSVD initialisation (Boutsidis & Gallopoulos 2008), then cyclic coordinate
/// descent on the Frobenius loss (Cichocki & Phan 2009) without regularisation, stopping when
/// the projected-gradient violation has fallen to `tolerance` times its first value.
public enum NMF {
  /// Factorises `x` into `k` components.
  ///
  /// - Parameters:
  ///   - x: A non-negative matrix, such as TF-IDF weights.
  ///   - k: The number of components, at most `min(rows, columns)`.
  ///   - tolerance: Relative violation at which to stop (scikit-learn's `tol`).
  ///   - maxIterations: The most iterations (scikit-learn's `max_iter`).
  /// - Returns: The factors.
  /// - Complexity: O(*iterations* · (*nnz* · *k* + (*rows* + *columns*) · *k*²)).
  public static func factorize(
    _ x: SparseMatrix, k: Int, tolerance: Double = 1e-4, maxIterations: Int = 200
  ) -> NMFResult {
    let xt = x.transposed()
    var (w, ht) = nndsvd(x, transpose: xt, k: k)
    var violationInit = 0.0
    var iterations = 0
    var converged = false
    for iteration in 1...max(1, maxIterations) {
      iterations = iteration
      var violation = update(&w, x: x, fixed: ht, rows: x.rows, k: k)
      violation += update(&ht, x: xt, fixed: w, rows: x.columns, k: k)
      if iteration == 1 { violationInit = violation }
      if violationInit == 0 || violation / violationInit <= tolerance {
        converged = true
        break
      }
    }
    var h = [Double](repeating: 0, count: k * x.columns)
    for j in 0..<x.columns {
      for t in 0..<k { h[t * x.columns + j] = ht[j * k + t] }
    }
    return NMFResult(w: w, h: h, k: k, iterations: iterations, converged: converged)
  }

  /// NNDSVD: W (rows × k) and Hᵀ (columns × k), both row-major, values below 1e-6 zeroed.
  static func nndsvd(_ x: SparseMatrix, transpose xt: SparseMatrix, k: Int) -> ([Double], [Double])
  {
    let n = x.rows
    let m = x.columns
    let svd = TruncatedSVD(x, transpose: xt, k: k)
    var w = [Double](repeating: 0, count: n * k)
    var ht = [Double](repeating: 0, count: m * k)
    for j in 0..<svd.k {
      let u = Array(svd.u[(j * n)..<((j + 1) * n)])
      let v = Array(svd.vt[(j * m)..<((j + 1) * m)])
      if j == 0 {
        let root = svd.s[0].squareRoot()
        for r in 0..<n { w[r * k] = root * abs(u[r]) }
        for c in 0..<m { ht[c * k] = root * abs(v[c]) }
        continue
      }
      let xp = u.map { max($0, 0) }
      let xn = u.map { abs(min($0, 0)) }
      let yp = v.map { max($0, 0) }
      let yn = v.map { abs(min($0, 0)) }
      let (xpn, xnn, ypn, ynn) = (norm(xp), norm(xn), norm(yp), norm(yn))
      let mp = xpn * ypn
      let mn = xnn * ynn
      let (uu, vv, sigma, nu, nv) = mp > mn ? (xp, yp, mp, xpn, ypn) : (xn, yn, mn, xnn, ynn)
      let lambda = (svd.s[j] * sigma).squareRoot()
      guard nu > 0, nv > 0 else { continue }
      for r in 0..<n { w[r * k + j] = lambda * uu[r] / nu }
      for c in 0..<m { ht[c * k + j] = lambda * vv[c] / nv }
    }
    for i in 0..<w.count where w[i] < 1e-6 { w[i] = 0 }
    for i in 0..<ht.count where ht[i] < 1e-6 { ht[i] = 0 }
    return (w, ht)
  }

  private static func norm(_ v: [Double]) -> Double {
    v.reduce(0) { $0 + $1 * $1 }.squareRoot()
  }

  /// One coordinate-descent sweep over `w` (rows × k) with `fixed` (x.columns × k) held;
  /// returns the sum of absolute projected gradients (scikit-learn `_update_cdnmf_fast`).
  static func update(
    _ w: inout [Double], x: SparseMatrix, fixed: [Double], rows: Int, k: Int
  ) -> Double {
    let columns = x.columns
    var hht = [Double](repeating: 0, count: k * k)
    fixed.withUnsafeBufferPointer { f in
      for c in 0..<columns {
        let base = c * k
        for a in 0..<k {
          let fa = f[base + a]
          guard fa != 0 else { continue }
          for b in 0..<k { hht[a * k + b] += fa * f[base + b] }
        }
      }
    }
    let xht = x.multiply(fixed, width: k)
    var violation = 0.0
    w.withUnsafeMutableBufferPointer { wp in
      hht.withUnsafeBufferPointer { g in
        xht.withUnsafeBufferPointer { xh in
          for t in 0..<k {
            let hess = g[t * k + t]
            for i in 0..<rows {
              let base = i * k
              var grad = -xh[base + t]
              for r in 0..<k { grad += g[t * k + r] * wp[base + r] }
              let projected = wp[base + t] == 0 ? min(0, grad) : grad
              violation += abs(projected)
              if hess != 0 { wp[base + t] = max(wp[base + t] - grad / hess, 0) }
            }
          }
        }
      }
    }
    return violation
  }
}
