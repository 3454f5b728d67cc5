/// A small, seeded random-number generator (SplitMix64), so the sample data is identical on
/// every run and every machine.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1).
  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// An element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T {
    items[Int(next() % UInt64(items.count))]
  }

  /// A numeric id that looks like an X id: 8 to 19 digits, no leading zero.
  mutating func accountID() -> String {
    let digits = 8 + Int(next() % 12)
    var text = String(1 + next() % 9)
    for _ in 1..<digits { text += String(next() % 10) }
    return text
  }
}
