/// A small, fast, seeded random-number generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// Every seeded computation in FollowGraph uses it (topic discovery's randomized SVD, the
/// sample data, benchmark graphs), so the same seed gives the same numbers on every platform
/// and Swift version, which the standard library's generator does not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator.
  ///
  /// - Parameter seed: The seed; the same seed gives the same sequence.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  ///
  /// - Returns: A uniformly distributed value.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1), from the top 53 bits.
  ///
  /// - Returns: A value in [0, 1).
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) / Double(UInt64(1) << 53)
  }

  /// True with probability `probability`.
  ///
  /// - Parameter probability: A probability in [0, 1].
  /// - Returns: Whether the event happened.
  public mutating func chance(_ probability: Double) -> Bool {
    nextUnit() < probability
  }
}
