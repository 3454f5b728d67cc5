/// Grows one regression tree on binned rows by histogram split search, level by level.
struct TreeGrower: Sendable {
  let binned: [UInt8]
  let rowCount: Int
  let featureCount: Int
  let binCount: Int
  let parameters: BoostingParameters

  /// A node still being grown: its rows and gradient sums.
  private struct Open {
    var node: Int
    var rows: [Int]
    var depth: Int
  }

  /// The best split of a node.
  private struct Split {
    var gain: Double
    var feature: Int
    var threshold: UInt8
  }

  /// Grows a tree fitting the Newton step for the given gradients and hessians.
  ///
  /// - Parameters:
  ///   - gradient: The loss gradient per row.
  ///   - hessian: The loss curvature per row.
  /// - Returns: The nodes, root first.
  /// - Complexity: O(*D* · *N* · *F* + 2^*D* · *F* · *B*).
  func grow(gradient: [Double], hessian: [Double]) -> [BoostedTrees.Node] {
    var nodes = [BoostedTrees.Node()]
    var open = [Open(node: 0, rows: Array(0..<rowCount), depth: 0)]
    while let current = open.popLast() {
      let (g, h) = sums(current.rows, gradient, hessian)
      nodes[current.node].value = -parameters.learningRate * g / (h + parameters.l2)
      guard current.depth < parameters.maxDepth, current.rows.count >= 2 * parameters.minLeafRows,
        let split = bestSplit(current.rows, gradient, hessian, total: (g, h))
      else { continue }
      var left: [Int] = []
      var right: [Int] = []
      for row in current.rows {
        if binned[row * featureCount + split.feature] <= split.threshold {
          left.append(row)
        } else {
          right.append(row)
        }
      }
      let leftIndex = nodes.count
      nodes.append(BoostedTrees.Node())
      nodes.append(BoostedTrees.Node())
      nodes[current.node].feature = split.feature
      nodes[current.node].threshold = split.threshold
      nodes[current.node].left = leftIndex
      nodes[current.node].right = leftIndex + 1
      open.append(Open(node: leftIndex + 1, rows: right, depth: current.depth + 1))
      open.append(Open(node: leftIndex, rows: left, depth: current.depth + 1))
    }
    return nodes
  }

  private func sums(_ rows: [Int], _ gradient: [Double], _ hessian: [Double]) -> (Double, Double) {
    var g = 0.0
    var h = 0.0
    for row in rows {
      g += gradient[row]
      h += hessian[row]
    }
    return (g, h)
  }

  /// The split with the largest gain that leaves enough rows on both sides, if any gains.
  private func bestSplit(
    _ rows: [Int], _ gradient: [Double], _ hessian: [Double], total: (g: Double, h: Double)
  ) -> Split? {
    let width = binCount
    var histogram = [Double](repeating: 0, count: featureCount * width * 2)
    var counts = [Int](repeating: 0, count: featureCount * width)
    for row in rows {
      let g = gradient[row]
      let h = hessian[row]
      let base = row * featureCount
      for f in 0..<featureCount {
        let cell = f * width + Int(binned[base + f])
        histogram[2 * cell] += g
        histogram[2 * cell + 1] += h
        counts[cell] += 1
      }
    }
    let lambda = parameters.l2
    let parentScore = total.g * total.g / (total.h + lambda)
    var best: Split?
    for f in 0..<featureCount {
      var gl = 0.0
      var hl = 0.0
      var nl = 0
      for b in 0..<(width - 1) {
        let cell = f * width + b
        gl += histogram[2 * cell]
        hl += histogram[2 * cell + 1]
        nl += counts[cell]
        let nr = rows.count - nl
        guard nl >= parameters.minLeafRows, nr >= parameters.minLeafRows else { continue }
        let gr = total.g - gl
        let hr = total.h - hl
        let gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parentScore
        if gain > (best?.gain ?? 1e-9) {
          best = Split(gain: gain, feature: f, threshold: UInt8(b))
        }
      }
    }
    return best
  }
}
