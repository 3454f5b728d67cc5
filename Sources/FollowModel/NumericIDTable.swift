/// An open-addressing hash map from 64-bit numeric ids to dense indexes, for interning
/// millions of ids without `Dictionary`'s per-lookup overhead.
///
/// Linear probing over a power-of-two table kept at most half full; each slot holds its key
/// and value side by side, so a lookup touches one cache line. `UInt64.max` marks an empty
/// slot, so it cannot be a key; canonical numbers of at most 19 digits never reach it.
struct NumericIDTable: Sendable {
  private struct Slot {
    var key: UInt64
    var value: UInt32
  }

  private static let empty = Slot(key: .max, value: 0)
  private var slots: [Slot]
  private var mask: Int
  /// The number of keys stored.
  private(set) var count = 0

  /// Creates an empty table with room for `capacity` keys before it grows.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Self.empty, count: size)
    mask = size - 1
  }

  /// The index stored for `key`, inserting `next` when the key is new.
  ///
  /// - Parameters:
  ///   - key: The id; not `UInt64.max`.
  ///   - next: The index to store for a new key.
  /// - Returns: The stored index and whether it was inserted now.
  /// - Complexity: O(1) expected.
  @inline(__always)
  mutating func index(of key: UInt64, inserting next: UInt32) -> (index: UInt32, inserted: Bool) {
    precondition(key != .max, "UInt64.max marks empty slots")
    let found: (index: UInt32, inserted: Bool) = slots.withUnsafeMutableBufferPointer { slots in
      var slot = Self.hash(key) & mask
      while true {
        let stored = slots[slot].key
        if stored == key { return (slots[slot].value, false) }
        if stored == .max { break }
        slot = (slot + 1) & mask
      }
      slots[slot] = Slot(key: key, value: next)
      return (next, true)
    }
    if found.inserted {
      count += 1
      if count * 2 > slots.count { grow() }
    }
    return found
  }

  /// Loads the first probe slot of every key, so that the cache misses of a batch overlap
  /// instead of stalling one lookup after another.
  ///
  /// - Parameter keys: The keys about to be looked up.
  /// - Returns: A value derived from the loaded slots (so the loads cannot be skipped).
  func touch(_ keys: UnsafeBufferPointer<UInt64>) -> UInt64 {
    slots.withUnsafeBufferPointer { slots in
      var mix: UInt64 = 0
      for key in keys { mix ^= slots[Self.hash(key) & mask].key }
      return mix
    }
  }

  @inline(__always)
  private static func hash(_ key: UInt64) -> Int {
    // Fibonacci hashing; the high bits are the best mixed.
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Self.empty, count: old.count * 2)
    mask = slots.count - 1
    for entry in old where entry.key != .max {
      var slot = Self.hash(entry.key) & mask
      while slots[slot].key != .max { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }
}
