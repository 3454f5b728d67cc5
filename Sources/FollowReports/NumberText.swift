/// How FollowGraph prints numbers.
public enum NumberText {
  /// The shortest text that reads back as exactly `value` (Swift's and Python's `repr` agree:
  /// `0.2`, `1.0`, `0.029411764705882353`).
  ///
  /// - Parameter value: A finite number.
  /// - Returns: The text.
  public static func roundTrip(_ value: Double) -> String {
    value.description
  }

  /// `value` as a percentage with two decimals, `22.37 %`; `n/a` when undefined.
  ///
  /// - Parameter value: A ratio between 0 and 1, or `nil`.
  /// - Returns: The text.
  public static func percent(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    return fixed(value * 100, decimals: 2) + " %"
  }

  /// `value` with a fixed number of decimals, rounded half away from zero; `n/a` for `nil`.
  ///
  /// - Parameters:
  ///   - value: The number.
  ///   - decimals: How many decimals.
  /// - Returns: The text.
  public static func fixed(_ value: Double?, decimals: Int) -> String {
    guard let value else { return "n/a" }
    guard value.isFinite else { return value.description }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    var digits = String(Int64(rounded))
    if decimals > 0 {
      if digits.count <= decimals {
        digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
      }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return (value < 0 && rounded != 0 ? "-" : "") + digits
  }

  /// An integer with thousands separators, `13,188`.
  ///
  /// - Parameter value: The integer.
  /// - Returns: The text.
  public static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return (value < 0 ? "-" : "") + out
  }
}
