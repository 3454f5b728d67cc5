import FollowModel

extension SplitMix64 {
  /// A uniform double in [0, 1).
  mutating func unit() -> Double {
    nextUnit()
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
