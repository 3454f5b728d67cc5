/// Small dense routines for the truncated SVD: orthonormalisation and symmetric eigenvectors.
enum DenseLinearAlgebra {
  /// Orthonormalises the columns of a column-major `rows × columns` matrix in place (modified
  /// Gram–Schmidt, applied twice for stability); a column that vanishes is set to zero.
  static func orthonormalizeColumns(_ m: inout [Double], rows: Int, columns: Int) {
    m.withUnsafeMutableBufferPointer { a in
      for j in 0..<columns {
        for _ in 0..<2 {
          for i in 0..<j {
            var dot = 0.0
            for r in 0..<rows { dot += a[i * rows + r] * a[j * rows + r] }
            for r in 0..<rows { a[j * rows + r] -= dot * a[i * rows + r] }
          }
        }
        var norm = 0.0
        for r in 0..<rows { norm += a[j * rows + r] * a[j * rows + r] }
        norm = norm.squareRoot()
        let scale = norm > 1e-300 ? 1 / norm : 0
        for r in 0..<rows { a[j * rows + r] *= scale }
      }
    }
  }

  /// The eigenvalues (descending) and eigenvectors of a symmetric `n × n` matrix, by cyclic
  /// Jacobi rotations.
  ///
  /// - Parameters:
  ///   - matrix: Row-major symmetric matrix.
  ///   - n: Its order.
  /// - Returns: Eigenvalues and the eigenvectors as columns of a column-major matrix.
  static func symmetricEigen(_ matrix: [Double], n: Int) -> (values: [Double], vectors: [Double]) {
    var a = matrix
    var v = [Double](repeating: 0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }
    for _ in 0..<100 {
      var off = 0.0
      var total = 0.0
      for i in 0..<n {
        for j in 0..<n {
          total += a[i * n + j] * a[i * n + j]
          if i != j { off += a[i * n + j] * a[i * n + j] }
        }
      }
      if off <= 1e-30 * max(total, 1e-300) { break }
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) where abs(a[p * n + q]) > 1e-300 {
          let apq = a[p * n + q]
          let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let akp = a[k * n + p]
            let akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
          }
          for k in 0..<n {
            let apk = a[p * n + k]
            let aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
          }
          for k in 0..<n {
            let vkp = v[p * n + k]
            let vkq = v[q * n + k]
            v[p * n + k] = c * vkp - s * vkq
            v[q * n + k] = s * vkp + c * vkq
          }
        }
      }
    }
    // v holds eigenvectors as rows (v[p * n + k] is component k of vector p).
    let order = (0..<n).sorted {
      a[$0 * n + $0] > a[$1 * n + $1] || (a[$0 * n + $0] == a[$1 * n + $1] && $0 < $1)
    }
    var values: [Double] = []
    var vectors = [Double](repeating: 0, count: n * n)
    for (column, index) in order.enumerated() {
      values.append(a[index * n + index])
      for k in 0..<n { vectors[column * n + k] = v[index * n + k] }
    }
    return (values, vectors)
  }
}
