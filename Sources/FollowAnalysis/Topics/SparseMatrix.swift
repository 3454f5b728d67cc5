/// A sparse matrix in compressed-sparse-row form, with `Double` values.
public struct SparseMatrix: Equatable, Sendable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// Where each row's entries start in ``columnIndex`` and ``values``; `rows + 1` entries.
  public let rowStart: [Int]
  /// The column of each stored entry, ascending within a row.
  public let columnIndex: [Int32]
  /// The value of each stored entry.
  public let values: [Double]

  /// Creates a matrix from its CSR arrays.
  ///
  /// - Parameters:
  ///   - rows: The number of rows.
  ///   - columns: The number of columns.
  ///   - rowStart: Row offsets, `rows + 1` of them, starting at 0.
  ///   - columnIndex: Column of each entry.
  ///   - values: Value of each entry.
  public init(rows: Int, columns: Int, rowStart: [Int], columnIndex: [Int32], values: [Double]) {
    precondition(rowStart.count == rows + 1 && columnIndex.count == values.count)
    self.rows = rows
    self.columns = columns
    self.rowStart = rowStart
    self.columnIndex = columnIndex
    self.values = values
  }

  /// The number of stored entries.
  public var nonZeroCount: Int { values.count }

  /// The transpose, also in CSR form.
  ///
  /// - Returns: A `columns × rows` matrix.
  /// - Complexity: O(*rows* + *columns* + *nnz*).
  public func transposed() -> SparseMatrix {
    var counts = [Int](repeating: 0, count: columns + 1)
    for column in columnIndex { counts[Int(column) + 1] += 1 }
    for c in 0..<columns { counts[c + 1] += counts[c] }
    var next = counts
    var index = [Int32](repeating: 0, count: values.count)
    var data = [Double](repeating: 0, count: values.count)
    for r in 0..<rows {
      for e in rowStart[r]..<rowStart[r + 1] {
        let c = Int(columnIndex[e])
        index[next[c]] = Int32(r)
        data[next[c]] = values[e]
        next[c] += 1
      }
    }
    return SparseMatrix(
      rows: columns, columns: rows, rowStart: counts, columnIndex: index, values: data)
  }

  /// The product with a dense row-major matrix: `self · dense`.
  ///
  /// - Parameters:
  ///   - dense: A `columns × width` matrix in row-major order.
  ///   - width: Its number of columns.
  /// - Returns: A `rows × width` matrix in row-major order.
  /// - Complexity: O(*nnz* · *width*).
  public func multiply(_ dense: [Double], width: Int) -> [Double] {
    precondition(dense.count == columns * width)
    var out = [Double](repeating: 0, count: rows * width)
    out.withUnsafeMutableBufferPointer { o in
      dense.withUnsafeBufferPointer { d in
        rowStart.withUnsafeBufferPointer { starts in
          columnIndex.withUnsafeBufferPointer { cols in
            values.withUnsafeBufferPointer { vals in
              for r in 0..<rows {
                let base = r * width
                var e = starts[r]
                while e < starts[r + 1] {
                  let v = vals[e]
                  let source = Int(cols[e]) * width
                  var j = 0
                  while j < width {
                    o[base + j] += v * d[source + j]
                    j += 1
                  }
                  e += 1
                }
              }
            }
          }
        }
      }
    }
    return out
  }

  /// The rows listed, in that order, as a new matrix.
  ///
  /// - Parameter selected: Row indexes.
  /// - Returns: The sub-matrix.
  public func rows(_ selected: [Int]) -> SparseMatrix {
    var starts = [0]
    var index: [Int32] = []
    var data: [Double] = []
    for r in selected {
      index.append(contentsOf: columnIndex[rowStart[r]..<rowStart[r + 1]])
      data.append(contentsOf: values[rowStart[r]..<rowStart[r + 1]])
      starts.append(index.count)
    }
    return SparseMatrix(
      rows: selected.count, columns: columns, rowStart: starts, columnIndex: index, values: data)
  }
}
