extension NativeIDOrder {
  /// The indexes of `ids` in ``areInIncreasingOrder(_:_:)`` order.
  ///
  /// Canonical numbers of at most 19 digits (X ids) are sorted by their integer value, which
  /// gives the same order as the comparator without comparing strings; longer numbers and
  /// other ids follow, sorted by the comparator.
  ///
  /// - Parameter ids: Native ids.
  /// - Returns: A permutation of `ids.indices`.
  /// - Complexity: O(*n* log *n*) integer comparisons for *n* numeric ids.
  public static func sortedIndexes(_ ids: [String]) -> [Int] {
    var numeric: [(value: UInt64, index: Int)] = []
    numeric.reserveCapacity(ids.count)
    var others: [Int] = []
    for (index, id) in ids.enumerated() {
      if let value = shortNumber(id) {
        numeric.append((value, index))
      } else {
        others.append(index)
      }
    }
    numeric.sort { $0.value < $1.value }
    others.sort { areInIncreasingOrder(ids[$0], ids[$1]) }
    return numeric.map(\.index) + others
  }

  /// The value of a canonical decimal number of at most 19 digits.
  private static func shortNumber(_ id: String) -> UInt64? {
    let bytes = id.utf8
    guard let first = bytes.first, bytes.count <= 19 else { return nil }
    if first == 0x30 && bytes.count > 1 { return nil }
    var value: UInt64 = 0
    for byte in bytes {
      let digit = byte &- 0x30
      guard digit < 10 else { return nil }
      value = value &* 10 &+ UInt64(digit)
    }
    return value
  }
}
