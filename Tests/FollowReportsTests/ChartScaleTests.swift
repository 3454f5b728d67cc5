import FollowReports
import Testing

/// Axis scales: nice linear steps, powers of ten on log axes, positions and tick labels.
struct ChartScaleTests {
  @Test func linearScaleRoundsOutToNiceSteps() {
    let scale = ChartScale.linear(minimum: 0, maximum: 7, maxTicks: 6)
    #expect(scale.ticks == [0, 2, 4, 6, 8])
    #expect(scale.lower == 0 && scale.upper == 8)
    #expect(scale.ticks.map(scale.label) == ["0", "2", "4", "6", "8"])
    #expect(scale.fraction(of: 2) == 0.25)
  }

  @Test func linearScaleIncludesZeroAndHandlesNegativesAndFlatData() {
    let negative = ChartScale.linear(minimum: -3, maximum: 12, maxTicks: 6)
    #expect(negative.lower == -5 && negative.upper == 15)
    let flat = ChartScale.linear(minimum: 0, maximum: 0)
    #expect(flat.lower == 0 && flat.upper == 1)
    let constant = ChartScale.linear(minimum: 5, maximum: 5, includeZero: false)
    #expect(constant.lower <= 5 && constant.upper > 5)
  }

  @Test func percentTicksUseAsManyDecimalsAsTheStepNeeds() {
    let shares = ChartScale.linear(minimum: 0, maximum: 1, maxTicks: 6, format: .percent)
    #expect(shares.ticks.map(shares.label) == ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"])
    let small = ChartScale.linear(minimum: 0, maximum: 0.004, maxTicks: 5, format: .percent)
    #expect(small.label(0.001) == "0.1 %")
  }

  @Test func logScaleTicksArePowersOfTen() {
    let scale = ChartScale.logarithmic(minimum: 3, maximum: 420)
    #expect(scale.ticks == [1, 10, 100, 1000])
    #expect(scale.ticks.map(scale.label) == ["1", "10", "100", "1k"])
    #expect(scale.minorTicks.count == 3 * 8)
    #expect(scale.fraction(of: 10) == 1.0 / 3)
    #expect(scale.fraction(of: 0) == nil)
    #expect(scale.fraction(of: -5) == nil)
  }

  @Test func logScaleBelowOneAndOfASingleValue() {
    let shares = ChartScale.logarithmic(minimum: 0.002, maximum: 1, format: .percent)
    #expect(shares.ticks.map(shares.label) == ["0.1 %", "1 %", "10 %", "100 %"])
    let single = ChartScale.logarithmic(minimum: 100, maximum: 100)
    #expect(single.ticks == [100, 1000])
    let none = ChartScale.logarithmic(minimum: 0, maximum: 0)
    #expect(none.ticks == [1, 10])
  }

  @Test(arguments: [
    (0.0, "0"), (7.0, "7"), (999.0, "999"), (1000.0, "1k"), (1500.0, "1.5k"),
    (13_188.0, "13.2k"), (2_000_000.0, "2M"), (41_700_000.0, "41.7M"), (1.47e9, "1.5B"),
    (0.05, "0.05"),
  ])
  func compactNumbers(value: Double, text: String) {
    #expect(ChartScale.compact(value) == text)
  }
}
