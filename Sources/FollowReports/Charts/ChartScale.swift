import Foundation

/// How an axis maps data values to positions, with its ticks.
///
/// Linear scales round their domain out to "nice" steps (1, 2 or 5 × 10ᵏ); logarithmic scales
/// round out to powers of ten and put a labelled tick on each. Positions are fractions of the
/// axis length, 0 at the lower end and 1 at the upper end, so charts decide the pixels.
public struct ChartScale: Equatable, Sendable {
  /// The kind of mapping.
  public enum Kind: Equatable, Sendable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10).
    case logarithmic
  }

  /// How tick labels are written.
  public enum TickFormat: Equatable, Sendable {
    /// Plain numbers with as many decimals as the tick step needs: `0.25`, `40`.
    case number
    /// Whole numbers with k/M/B suffixes: `1`, `10`, `1k`, `1.5M`.
    case compact
    /// A ratio written as a percentage: `0.2` → `20 %`.
    case percent
  }

  /// The kind of mapping.
  public let kind: Kind
  /// The lowest value on the axis.
  public let lower: Double
  /// The highest value on the axis.
  public let upper: Double
  /// The values that get a labelled tick and a grid line, ascending.
  public let ticks: [Double]
  /// Unlabelled ticks between the labelled ones (2…9 × 10ᵏ on logarithmic axes).
  public let minorTicks: [Double]
  /// How tick labels are written.
  public let format: TickFormat
  private let step: Double

  /// A linear scale covering `minimum…maximum`, rounded out to nice steps.
  ///
  /// - Parameters:
  ///   - minimum: The smallest data value.
  ///   - maximum: The largest data value.
  ///   - includeZero: Whether the axis starts at (or includes) zero.
  ///   - maxTicks: The most labelled ticks wanted (at least 2).
  ///   - format: How tick labels are written.
  /// - Returns: The scale; `0…1` when there is no finite data.
  public static func linear(
    minimum: Double, maximum: Double, includeZero: Bool = true, maxTicks: Int = 6,
    format: TickFormat = .number
  ) -> ChartScale {
    var low = minimum.isFinite ? minimum : 0
    var high = maximum.isFinite ? maximum : 1
    if low > high { swap(&low, &high) }
    if includeZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    if low == high {
      high = low == 0 ? 1 : low + abs(low)
    }
    let step = niceStep((high - low) / Double(max(1, maxTicks - 1)))
    let first = (low / step).rounded(.down)
    let last = (high / step).rounded(.up)
    let ticks = stride(from: first, through: last, by: 1).map { $0 * step }
    return ChartScale(
      kind: .linear, lower: first * step, upper: last * step, ticks: ticks, minorTicks: [],
      format: format, step: step)
  }

  /// A logarithmic scale covering `minimum…maximum`, rounded out to powers of ten.
  ///
  /// - Parameters:
  ///   - minimum: The smallest data value; values ≤ 0 cannot be shown and are ignored.
  ///   - maximum: The largest data value.
  ///   - format: How tick labels are written.
  /// - Returns: The scale; `1…10` when there is no positive data.
  public static func logarithmic(minimum: Double, maximum: Double, format: TickFormat = .compact)
    -> ChartScale
  {
    let positiveMin = minimum > 0 && minimum.isFinite ? minimum : (maximum > 0 ? maximum : 1)
    let positiveMax = maximum > 0 && maximum.isFinite ? max(maximum, positiveMin) : positiveMin
    let lowExponent = Int(log10(positiveMin).rounded(.down))
    var highExponent = Int(log10(positiveMax).rounded(.up))
    if highExponent <= lowExponent { highExponent = lowExponent + 1 }
    let ticks = (lowExponent...highExponent).map { power10($0) }
    var minor: [Double] = []
    for exponent in lowExponent..<highExponent {
      for multiple in 2...9 { minor.append(Double(multiple) * power10(exponent)) }
    }
    return ChartScale(
      kind: .logarithmic, lower: power10(lowExponent), upper: power10(highExponent),
      ticks: ticks, minorTicks: minor, format: format, step: 0)
  }

  /// The position of `value` along the axis: 0 at ``lower``, 1 at ``upper``.
  ///
  /// - Parameter value: A data value (positive on logarithmic scales).
  /// - Returns: The fraction, or `nil` for a value a logarithmic axis cannot show (≤ 0).
  public func fraction(of value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch kind {
    case .linear:
      return (value - lower) / (upper - lower)
    case .logarithmic:
      guard value > 0 else { return nil }
      return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
    }
  }

  /// The label of a tick.
  ///
  /// - Parameter value: A tick value.
  /// - Returns: The text, formatted as ``format`` says.
  public func label(_ value: Double) -> String {
    switch format {
    case .compact:
      return Self.compact(value)
    case .percent:
      let decimals =
        kind == .linear ? Self.decimals(forStep: step * 100) : max(0, -exponent(value) - 2)
      return NumberText.fixed(value * 100, decimals: decimals) + " %"
    case .number:
      let decimals = kind == .linear ? Self.decimals(forStep: step) : max(0, -exponent(value))
      return NumberText.fixed(value, decimals: decimals)
    }
  }

  /// A whole number with a k/M/B suffix (`1.5k`, `20M`); values below 1 keep their decimals.
  ///
  /// - Parameter value: The number.
  /// - Returns: The text.
  public static func compact(_ value: Double) -> String {
    let magnitude = abs(value)
    for (limit, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "k")] where magnitude >= limit {
      return trimmed(value / limit) + suffix
    }
    if magnitude > 0 && magnitude < 1 {
      return NumberText.fixed(value, decimals: max(0, -Int(log10(magnitude).rounded(.down))))
    }
    return trimmed(value)
  }

  private static func trimmed(_ value: Double) -> String {
    var text = NumberText.fixed(value, decimals: 1)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  private func exponent(_ value: Double) -> Int {
    value > 0 ? Int(log10(value).rounded()) : 0
  }

  private static func decimals(forStep step: Double) -> Int {
    guard step > 0, step.isFinite else { return 0 }
    return max(0, -Int(log10(step).rounded(.down)))
  }

  /// The smallest 1, 2 or 5 × 10ᵏ at least `raw`.
  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    let exponent = Int(log10(raw).rounded(.down))
    let base = power10(exponent)
    for multiple in [1.0, 2, 5, 10] where multiple * base >= raw * (1 - 1e-12) {
      return multiple * base
    }
    return 10 * base
  }

  /// 10ᵏ, exact for the powers charts use.
  static func power10(_ exponent: Int) -> Double {
    exponent >= 0
      ? (0..<exponent).reduce(1.0) { value, _ in value * 10 }
      : (0..<(-exponent)).reduce(1.0) { value, _ in value / 10 }
  }
}
