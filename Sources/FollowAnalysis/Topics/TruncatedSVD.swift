import FollowModel

/// The leading singular triplets of a sparse matrix, by randomized subspace iteration
/// (Halko, Martinsson & Tropp 2011, the method scikit-learn's `randomized_svd` uses), started
/// from a seeded Gaussian matrix so that results are the same on every run.
struct TruncatedSVD {
  /// Left singular vectors, column-major `rows × k`.
  let u: [Double]
  /// Singular values, descending.
  let s: [Double]
  /// Right singular vectors, row-major `k × columns` (row `i` is vᵢ).
  let vt: [Double]
  let k: Int

  /// Computes the `k` leading triplets of `x`.
  ///
  /// - Parameters:
  ///   - x: The matrix.
  ///   - xt: Its transpose.
  ///   - k: How many triplets; at most `min(rows, columns)`.
  ///   - oversampling: Extra directions that make the leading ones accurate.
  ///   - powerIterations: Subspace iterations; scikit-learn's `auto` rule when `nil`.
  ///   - seed: The seed of the starting matrix.
  /// - Complexity: O((*q* + 1) · *nnz* · (*k* + *p*)) for *q* iterations.
  init(
    _ x: SparseMatrix, transpose xt: SparseMatrix, k: Int, oversampling: Int = 10,
    powerIterations: Int? = nil, seed: UInt64 = 0x5EED
  ) {
    let n = x.rows
    let m = x.columns
    let l = min(k + oversampling, min(n, m))
    let iterations = powerIterations ?? (Double(k) < 0.1 * Double(min(n, m)) ? 7 : 4)
    var random = SplitMix64(seed: seed)
    // Omega: m × l, row-major (the layout SparseMatrix.multiply expects).
    var omega = [Double](repeating: 0, count: m * l)
    for i in 0..<omega.count { omega[i] = random.nextGaussian() }
    var q = Self.columnMajor(x.multiply(omega, width: l), rows: n, columns: l)
    DenseLinearAlgebra.orthonormalizeColumns(&q, rows: n, columns: l)
    for _ in 0..<iterations {
      var z = Self.columnMajor(
        xt.multiply(Self.rowMajor(q, rows: n, columns: l), width: l), rows: m, columns: l)
      DenseLinearAlgebra.orthonormalizeColumns(&z, rows: m, columns: l)
      q = Self.columnMajor(
        x.multiply(Self.rowMajor(z, rows: m, columns: l), width: l), rows: n, columns: l)
      DenseLinearAlgebra.orthonormalizeColumns(&q, rows: n, columns: l)
    }
    // B = Qᵀ X (l × m); Bᵀ = Xᵀ Q (m × l), row-major.
    let bt = xt.multiply(Self.rowMajor(q, rows: n, columns: l), width: l)
    // B Bᵀ (l × l), row-major.
    var gram = [Double](repeating: 0, count: l * l)
    for r in 0..<m {
      for i in 0..<l {
        let bi = bt[r * l + i]
        guard bi != 0 else { continue }
        for j in 0..<l { gram[i * l + j] += bi * bt[r * l + j] }
      }
    }
    let (values, vectors) = DenseLinearAlgebra.symmetricEigen(gram, n: l)
    let kept = min(k, l)
    var u = [Double](repeating: 0, count: n * kept)
    var s = [Double](repeating: 0, count: kept)
    var vt = [Double](repeating: 0, count: kept * m)
    for c in 0..<kept {
      let sigma = max(values[c], 0).squareRoot()
      s[c] = sigma
      for r in 0..<n {
        var sum = 0.0
        for i in 0..<l { sum += q[i * n + r] * vectors[c * l + i] }
        u[c * n + r] = sum
      }
      guard sigma > 0 else { continue }
      for r in 0..<m {
        var sum = 0.0
        for i in 0..<l { sum += bt[r * l + i] * vectors[c * l + i] }
        vt[c * m + r] = sum / sigma
      }
    }
    self.u = u
    self.s = s
    self.vt = vt
    self.k = kept
  }

  private static func columnMajor(_ rowMajor: [Double], rows: Int, columns: Int) -> [Double] {
    var out = [Double](repeating: 0, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns { out[c * rows + r] = rowMajor[r * columns + c] }
    }
    return out
  }

  private static func rowMajor(_ columnMajor: [Double], rows: Int, columns: Int) -> [Double] {
    var out = [Double](repeating: 0, count: rows * columns)
    for c in 0..<columns {
      for r in 0..<rows { out[r * columns + c] = columnMajor[c * rows + r] }
    }
    return out
  }
}
