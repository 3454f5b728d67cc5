import FollowAnalysis
import FollowModel
import Foundation
import Testing

/// AUC, Brier score and reliability, and that the trees' probabilities are calibrated.
struct FollowBackCalibrationTests {
  @Test func aucCountsTiesAsHalf() throws {
    #expect(
      Calibration.auc(scores: [0.1, 0.2, 0.8, 0.9], labels: [false, false, true, true]) == 1)
    #expect(
      Calibration.auc(scores: [0.9, 0.8, 0.2, 0.1], labels: [false, false, true, true]) == 0)
    #expect(
      Calibration.auc(scores: [0.5, 0.5, 0.5, 0.5], labels: [false, true, false, true]) == 0.5)
    // One positive above one negative, tied with the other: (1 + 0.5) / 2.
    #expect(Calibration.auc(scores: [0.2, 0.5, 0.5], labels: [false, false, true]) == 0.75)
    #expect(Calibration.auc(scores: [0.2], labels: [true]) == nil)
  }

  @Test func brierAndReliability() throws {
    let brier = try #require(
      Calibration.brier(probabilities: [1, 0, 0.5], labels: [true, false, true]))
    #expect(abs(brier - 0.25 / 3) < 1e-12)
    let bins = Calibration.reliability(
      probabilities: [0.05, 0.07, 0.95], labels: [false, true, true], binCount: 10)
    #expect(bins.count == 10)
    #expect(bins[0].count == 2)
    #expect(bins[0].observedRate == 0.5)
    #expect(bins[9].count == 1)
    #expect(bins[5].meanPredicted == nil)
  }

  @Test func boostedProbabilitiesMatchObservedRates() throws {
    // Given: labels drawn with a known probability sigmoid(4x - 2) of one feature.
    var random = SplitMix64(seed: 9)
    func sample(_ count: Int) -> (rows: [[Double]], labels: [Double], truth: [Double]) {
      var rows: [[Double]] = []
      var labels: [Double] = []
      var truth: [Double] = []
      for _ in 0..<count {
        let x = random.nextUnit()
        let p = 1 / (1 + exp(-(4 * x - 2)))
        rows.append([x])
        labels.append(random.chance(p) ? 1 : 0)
        truth.append(p)
      }
      return (rows, labels, truth)
    }
    let train = sample(8_000)
    let stop = sample(2_000)
    let test = sample(4_000)
    // When
    let model = BoostedTrees(
      rows: train.rows, labels: train.labels, validation: (stop.rows, stop.labels))
    let predicted = test.rows.map { model.probability($0) }
    let outcomes = test.labels.map { $0 == 1 }
    // Then: the Brier score is within 0.005 of the true probabilities' own, and every
    // well-filled reliability bin observes its predicted rate within 0.08.
    let ours = try #require(Calibration.brier(probabilities: predicted, labels: outcomes))
    let best = try #require(Calibration.brier(probabilities: test.truth, labels: outcomes))
    #expect(ours - best < 0.005)
    for bin in Calibration.reliability(probabilities: predicted, labels: outcomes)
    where bin.count >= 200 {
      let gap = abs((bin.meanPredicted ?? 0) - (bin.observedRate ?? 0))
      #expect(gap < 0.08, "\(bin)")
    }
  }
}
