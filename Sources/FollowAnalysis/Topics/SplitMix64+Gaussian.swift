import FollowModel
import Foundation

extension SplitMix64 {
  /// A uniform value in the open interval (0, 1), safe to take the logarithm of.
  ///
  /// - Returns: A value in (0, 1).
  mutating func nextOpenUnit() -> Double {
    (Double(next() >> 11) + 0.5) / Double(UInt64(1) << 53)
  }

  /// A standard normal value (Box–Muller).
  ///
  /// - Returns: A draw from N(0, 1).
  mutating func nextGaussian() -> Double {
    let u = nextOpenUnit()
    let v = nextOpenUnit()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }
}
