import Foundation

/// Agreement between two sets of topics given as ranked term lists: the average Jaccard of
/// each pair, and the one-to-one matching of highest total agreement.
enum TopicMatching {
  /// The average Jaccard agreement of two ranked lists, as Greene and colleagues define it.
  ///
  /// The mean over depths *d* = 1…*t* of |A[..<d] ∩ B[..<d]| / |A[..<d] ∪ B[..<d]|, *t* the
  /// longer length (Greene, O'Callaghan & Cunningham 2014).
  ///
  /// - Complexity: O(*t*).
  static func averageJaccard(_ a: [Int], _ b: [Int]) -> Double {
    let depth = max(a.count, b.count)
    guard depth > 0 else { return 1 }
    var seenA: Set<Int> = []
    var seenB: Set<Int> = []
    var common = 0
    var total = 0.0
    for d in 0..<depth {
      // Each list holds distinct terms, so a term joins the intersection once.
      if d < a.count, seenA.insert(a[d]).inserted, seenB.contains(a[d]) { common += 1 }
      if d < b.count, seenB.insert(b[d]).inserted, seenA.contains(b[d]) { common += 1 }
      let union = seenA.count + seenB.count - common
      total += union > 0 ? Double(common) / Double(union) : 1
    }
    return total / Double(depth)
  }

  /// The mean average-Jaccard agreement over the best one-to-one matching of the topics of
  /// `b` to those of `a` (same number of topics).
  ///
  /// - Complexity: O(*k*² · *t* + *k*³) (Hungarian method).
  static func agreement(_ a: [[Int]], _ b: [[Int]]) -> Double {
    let k = min(a.count, b.count)
    guard k > 0 else { return 0 }
    let score = (0..<k).map { i in (0..<k).map { j in averageJaccard(a[i], b[j]) } }
    let match = bestAssignment(score)
    return (0..<k).map { score[$0][match[$0]] }.reduce(0, +) / Double(k)
  }

  /// The assignment of columns to rows maximising the summed score of a square matrix: the
  /// Hungarian method with potentials (Kuhn 1955; Munkres 1957) on the costs −score.
  ///
  /// - Returns: The column assigned to each row.
  /// - Complexity: O(*k*³).
  static func bestAssignment(_ score: [[Double]]) -> [Int] {
    let n = score.count
    var u = [Double](repeating: 0, count: n + 1)
    var v = [Double](repeating: 0, count: n + 1)
    var rowOf = [Int](repeating: 0, count: n + 1)  // rowOf[column], 1-based, 0 = free
    var way = [Int](repeating: 0, count: n + 1)
    for row in 1...n {
      rowOf[0] = row
      var column0 = 0
      var minima = [Double](repeating: .infinity, count: n + 1)
      var used = [Bool](repeating: false, count: n + 1)
      repeat {
        used[column0] = true
        let row0 = rowOf[column0]
        var delta = Double.infinity
        var column1 = 0
        for column in 1...n where !used[column] {
          let reduced = -score[row0 - 1][column - 1] - u[row0] - v[column]
          if reduced < minima[column] {
            minima[column] = reduced
            way[column] = column0
          }
          if minima[column] < delta {
            delta = minima[column]
            column1 = column
          }
        }
        for column in 0...n {
          if used[column] {
            u[rowOf[column]] += delta
            v[column] -= delta
          } else {
            minima[column] -= delta
          }
        }
        column0 = column1
      } while rowOf[column0] != 0
      repeat {
        let column1 = way[column0]
        rowOf[column0] = rowOf[column1]
        column0 = column1
      } while column0 != 0
    }
    var assignment = [Int](repeating: 0, count: n)
    for column in 1...n where rowOf[column] > 0 { assignment[rowOf[column] - 1] = column - 1 }
    return assignment
  }
}
