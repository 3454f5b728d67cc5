import FollowAnalysis
import FollowModel
import Testing

/// Gradient-boosted trees learn a planted rule, deterministically.
struct BoostedTreesTests {
  /// Rows of three uniform features; the label is 1 exactly when x0 > 0.6 and x1 < 0.4, or
  /// x2 is missing (NaN).
  private func data(count: Int, seed: UInt64) -> (rows: [[Double]], labels: [Double]) {
    var random = SplitMix64(seed: seed)
    var rows: [[Double]] = []
    var labels: [Double] = []
    for _ in 0..<count {
      var row = [random.nextUnit(), random.nextUnit(), random.nextUnit()]
      if random.chance(0.1) { row[2] = .nan }
      rows.append(row)
      labels.append((row[0] > 0.6 && row[1] < 0.4) || row[2].isNaN ? 1 : 0)
    }
    return (rows, labels)
  }

  @Test func learnsAPlantedRule() throws {
    // Given
    let train = data(count: 3_000, seed: 1)
    let stop = data(count: 500, seed: 2)
    let test = data(count: 1_000, seed: 3)
    // When
    let model = BoostedTrees(rows: train.rows, labels: train.labels, validation: stop)
    let scores = test.rows.map { model.probability($0) }
    // Then: the rule is ranked almost perfectly, and the probabilities are near 0 and 1.
    let auc = try #require(
      Calibration.auc(scores: scores, labels: test.labels.map { $0 == 1 }))
    #expect(auc > 0.99)
    #expect(model.probability([0.9, 0.1, 0.5]) > 0.9)
    #expect(model.probability([0.1, 0.9, 0.5]) < 0.1)
    #expect(model.probability([0.1, 0.9, .nan]) > 0.9)
  }

  @Test func sameDataSameModel() {
    let train = data(count: 800, seed: 4)
    let stop = data(count: 200, seed: 5)
    let first = BoostedTrees(rows: train.rows, labels: train.labels, validation: stop)
    let second = BoostedTrees(rows: train.rows, labels: train.labels, validation: stop)
    let probe = data(count: 50, seed: 6).rows
    #expect(probe.map { first.probability($0) } == probe.map { second.probability($0) })
    #expect(first.treeCount == second.treeCount)
  }

  @Test func withoutTrainingRowsTheModelPredictsTheBaseRate() {
    // A tiny graph can put every example in the validation fold: no crash, no trees, and the
    // prediction is the neutral base rate (no labels to learn one from).
    let stop = data(count: 3, seed: 7)
    let model = BoostedTrees(rows: [], labels: [], validation: stop)
    #expect(model.treeCount == 0)
    #expect(abs(model.probability([0.9, 0.1, 0.5]) - 0.5) < 1e-12)
  }

  @Test func binsPutMissingValuesApart() {
    let bins = FeatureBins(rows: [[1], [2], [3], [.nan]], featureCount: 1)
    #expect(bins.bin(.nan, feature: 0) == 0)
    #expect(bins.bin(1, feature: 0) == 1)
    #expect(bins.bin(2, feature: 0) == 2)
    #expect(bins.bin(3, feature: 0) == 3)
    #expect(bins.bin(99, feature: 0) == 3)
  }
}
