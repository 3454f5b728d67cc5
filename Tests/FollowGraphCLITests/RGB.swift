/// A pixel's colour without its alpha, 0–255 a channel.
struct RGB: Equatable, Sendable {
  /// Red, green and blue.
  var red, green, blue: UInt8

  /// Whether every channel is within `tolerance` of `other`'s.
  func isNear(_ other: RGB, tolerance: Int) -> Bool {
    abs(Int(red) - Int(other.red)) <= tolerance && abs(Int(green) - Int(other.green)) <= tolerance
      && abs(Int(blue) - Int(other.blue)) <= tolerance
  }
}
