import Foundation

/// A small deterministic random source (SplitMix64), so that results never depend on the run.
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform value in (0, 1).
  mutating func nextUnit() -> Double {
    (Double(next() >> 11) + 0.5) / Double(1 << 53)
  }

  /// A standard normal value (Box–Muller).
  mutating func nextGaussian() -> Double {
    let u = nextUnit()
    let v = nextUnit()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }
}
