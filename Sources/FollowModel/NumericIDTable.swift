/// An open-addressing hash map from 64-bit numeric ids to dense indexes, for interning
/// millions of ids without `Dictionary`'s per-lookup overhead.
///
/// Linear probing over a power-of-two table kept at most half full. `UInt64.max` marks an empty
/// slot, so it cannot be a key; canonical numbers of at most 19 digits never reach it.
struct NumericIDTable: Sendable {
  private var keys: [UInt64]
  private var values: [UInt32]
  private var mask: Int
  /// The number of keys stored.
  private(set) var count = 0

  /// Creates an empty table with room for `capacity` keys before it grows.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: .max, count: size)
    values = [UInt32](repeating: 0, count: size)
    mask = size - 1
  }

  /// The index stored for `key`, inserting `next()` when the key is new.
  ///
  /// - Parameters:
  ///   - key: The id.
  ///   - next: The index to store for a new key.
  /// - Returns: The stored index and whether it was inserted now.
  /// - Complexity: O(1) expected.
  @inline(__always)
  mutating func index(of key: UInt64, inserting next: UInt32) -> (index: UInt32, inserted: Bool) {
    precondition(key != .max, "UInt64.max marks empty slots")
    var slot = Self.hash(key) & mask
    while true {
      let stored = keys[slot]
      if stored == key { return (values[slot], false) }
      if stored == .max { break }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    values[slot] = next
    count += 1
    if count * 2 > keys.count { grow() }
    return (next, true)
  }

  @inline(__always)
  private static func hash(_ key: UInt64) -> Int {
    // Fibonacci hashing; the high bits are the best mixed.
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let size = keys.count * 2
    keys = [UInt64](repeating: .max, count: size)
    values = [UInt32](repeating: 0, count: size)
    mask = size - 1
    for i in 0..<oldKeys.count where oldKeys[i] != .max {
      var slot = Self.hash(oldKeys[i]) & mask
      while keys[slot] != .max { slot = (slot + 1) & mask }
      keys[slot] = oldKeys[i]
      values[slot] = oldValues[i]
    }
  }
}
