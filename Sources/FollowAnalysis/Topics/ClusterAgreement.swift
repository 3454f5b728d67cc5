import Foundation

/// How well a clustering agrees with known labels, defined as scikit-learn defines them.
public struct ClusterAgreement: Equatable, Sendable {
  /// Normalised mutual information, MI / mean(H(labels), H(clusters)) (scikit-learn's
  /// `normalized_mutual_info_score`, arithmetic mean).
  public var nmi: Double
  /// Adjusted Rand index (Hubert & Arabie 1985; `adjusted_rand_score`).
  public var ari: Double
  /// Purity: the share of items whose cluster's most common label is their own.
  public var purity: Double

  /// Compares clusters with labels.
  ///
  /// - Parameters:
  ///   - labels: The true label of each item.
  ///   - clusters: The cluster of each item; same length.
  /// - Complexity: O(*n*).
  public init<L: Hashable, C: Hashable>(labels: [L], clusters: [C]) {
    precondition(labels.count == clusters.count, "labels and clusters differ in length")
    let n = Double(labels.count)
    var joint: [Pair<L, C>: Double] = [:]
    var byLabel: [L: Double] = [:]
    var byCluster: [C: Double] = [:]
    for (label, cluster) in zip(labels, clusters) {
      joint[Pair(a: label, b: cluster), default: 0] += 1
      byLabel[label, default: 0] += 1
      byCluster[cluster, default: 0] += 1
    }
    guard n > 0 else {
      self.init(nmi: 1, ari: 1, purity: 1)
      return
    }
    func entropy(_ counts: Dictionary<some Hashable, Double>.Values) -> Double {
      counts.reduce(0) { $0 - ($1 / n) * log($1 / n) }
    }
    let hLabels = entropy(byLabel.values)
    let hClusters = entropy(byCluster.values)
    var mutual = 0.0
    for (pair, count) in joint {
      let labelCount = byLabel[pair.a] ?? 1
      let clusterCount = byCluster[pair.b] ?? 1
      mutual += (count / n) * log(count * n / (labelCount * clusterCount))
    }
    let nmi: Double
    if byLabel.count == 1 && byCluster.count == 1 {
      nmi = 1
    } else if hLabels + hClusters == 0 {
      nmi = 0
    } else {
      nmi = max(0, mutual) / ((hLabels + hClusters) / 2)
    }
    func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
    let sumJoint = joint.values.reduce(0) { $0 + pairs($1) }
    let sumLabels = byLabel.values.reduce(0) { $0 + pairs($1) }
    let sumClusters = byCluster.values.reduce(0) { $0 + pairs($1) }
    let expected = sumLabels * sumClusters / pairs(n)
    let maximum = (sumLabels + sumClusters) / 2
    let ari = maximum == expected ? 1 : (sumJoint - expected) / (maximum - expected)
    var best: [C: Double] = [:]
    for (pair, count) in joint { best[pair.b] = max(best[pair.b] ?? 0, count) }
    self.init(nmi: nmi, ari: ari, purity: best.values.reduce(0, +) / n)
  }

  /// Creates figures directly.
  ///
  /// - Parameters:
  ///   - nmi: Normalised mutual information.
  ///   - ari: Adjusted Rand index.
  ///   - purity: Purity.
  public init(nmi: Double, ari: Double, purity: Double) {
    self.nmi = nmi
    self.ari = ari
    self.purity = purity
  }
}

private struct Pair<A: Hashable, B: Hashable>: Hashable {
  let a: A
  let b: B
}
