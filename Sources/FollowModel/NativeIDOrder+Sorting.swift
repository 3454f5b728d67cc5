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
      var id = id
      let value = id.withUTF8 { FollowTableBuilder.canonicalNumber(UnsafeRawBufferPointer($0)) }
      if let value {
        numeric.append((value, index))
      } else {
        others.append(index)
      }
    }
    numeric.sort { $0.value < $1.value }
    others.sort { areInIncreasingOrder(ids[$0], ids[$1]) }
    return numeric.map(\.index) + others
  }
}
