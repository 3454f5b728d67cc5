import Testing

@testable import FollowAnalysis

struct NMFTests {
  /// A small non-negative matrix with a clear structure and a known SVD.
  static let dense: [[Double]] = [
    [3, 1, 0, 0], [2, 0, 1, 0], [0, 0, 4, 1], [0, 1, 0, 5], [1, 1, 1, 1],
  ]

  static func sparse(_ rows: [[Double]]) -> SparseMatrix {
    var starts = [0]
    var columns: [Int32] = []
    var values: [Double] = []
    for row in rows {
      for (j, v) in row.enumerated() where v != 0 {
        columns.append(Int32(j))
        values.append(v)
      }
      starts.append(values.count)
    }
    return SparseMatrix(
      rows: rows.count, columns: rows[0].count, rowStart: starts, columnIndex: columns,
      values: values)
  }

  @Test func truncatedSVDFindsTheLeadingSingularValues() {
    // numpy.linalg.svd gives 5.568089927541105, 4.156011421447298, 3.632766782391431, 0.7259…
    let x = Self.sparse(Self.dense)
    let svd = TruncatedSVD(x, transpose: x.transposed(), k: 3)
    for (got, want) in zip(svd.s, [5.568089927541105, 4.156011421447298, 3.632766782391431]) {
      #expect(abs(got - want) < 1e-9)
    }
  }

  @Test func factorisationIsNonNegativeAndCloseToTheMatrix() {
    // Given the matrix, when it is factorised into 3 components
    let x = Self.sparse(Self.dense)
    let result = NMF.factorize(x, k: 3, tolerance: 1e-6, maxIterations: 2000)
    // Then the factors are non-negative and W·H is near X (rank 3 cannot be exact)
    #expect(result.w.allSatisfy { $0 >= 0 } && result.h.allSatisfy { $0 >= 0 })
    var error = 0.0
    for i in 0..<5 {
      for j in 0..<4 {
        var product = 0.0
        for t in 0..<3 { product += result.w[i * 3 + t] * result.h[t * 4 + j] }
        error += (product - Self.dense[i][j]) * (product - Self.dense[i][j])
      }
    }
    // The best rank-3 approximation leaves σ₄² = 0.527 of squared error.
    #expect(error.squareRoot() < 1.0)
    #expect(error >= 0.7259126175844494 * 0.7259126175844494 - 1e-9)
    #expect(result.converged)
  }

  @Test func repeatedRunsGiveIdenticalFactors() {
    let x = Self.sparse(Self.dense)
    let first = NMF.factorize(x, k: 2)
    let second = NMF.factorize(x, k: 2)
    #expect(first.w == second.w && first.h == second.h)
  }
}
