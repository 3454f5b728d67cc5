/// Collects follows named by native ids into a ``FollowTable``, interning ids to dense
/// indexes, dropping self-follows and collapsing duplicates.
///
/// Ids that are canonical decimal numbers (no sign, no leading zero, at most 19 digits, as X
/// ids are) are interned through an open-addressing integer table (``NumericIDTable``), which
/// avoids building a `String` for every occurrence; all other ids go through a string map. The
/// two never collide because a canonical number is always routed to the integer table.
public struct FollowTableBuilder: Sendable {
  /// The network all ids belong to.
  public let network: Network
  private var accountIDs: [String] = []
  private var numericIndex = NumericIDTable()
  private var textIndex: [String: UInt32] = [:]
  private var pairs: [UInt64] = []
  /// Folds in the slots ``add(numericPairs:)`` loads ahead, so the loads are not optimised
  /// away.
  private var prefetched: UInt64 = 0
  /// How many self-follows were dropped so far.
  public private(set) var selfFollows = 0

  /// Creates an empty builder.
  ///
  /// - Parameter network: The network all ids belong to.
  public init(network: Network) {
    self.network = network
  }

  /// The number of distinct accounts seen so far.
  public var accountCount: Int { accountIDs.count }

  /// The number of follows added so far, duplicates included, self-follows excluded.
  public var followCount: Int { pairs.count }

  /// Reserves room for the expected number of follows.
  ///
  /// - Parameter follows: The expected number of follows.
  public mutating func reserveCapacity(follows: Int) {
    pairs.reserveCapacity(follows)
  }

  /// Returns the index of `id`, adding it when new.
  ///
  /// - Parameter id: A native id.
  /// - Returns: The dense index of the account.
  public mutating func index(of id: String) -> UInt32 {
    var copy = id
    return copy.withUTF8 { index(ofUTF8: UnsafeRawBufferPointer($0)) }
  }

  /// Returns the index of the id spelled by `bytes` (UTF-8), adding it when new.
  ///
  /// - Parameter bytes: The UTF-8 bytes of a native id.
  /// - Returns: The dense index of the account.
  public mutating func index(ofUTF8 bytes: UnsafeRawBufferPointer) -> UInt32 {
    if let number = Self.canonicalNumber(bytes) {
      let found = numericIndex.index(of: number, inserting: UInt32(accountIDs.count))
      if found.inserted { accountIDs.append(String(decoding: bytes, as: UTF8.self)) }
      return found.index
    }
    let text = String(decoding: bytes, as: UTF8.self)
    if let existing = textIndex[text] { return existing }
    let next = UInt32(accountIDs.count)
    textIndex[text] = next
    accountIDs.append(text)
    return next
  }

  /// Interns and adds a batch of follows between canonical numeric ids.
  ///
  /// Equivalent to ``index(ofUTF8:)`` on the ids' decimal spellings and
  /// ``add(follower:followed:)`` for each pair, in order; the table slots of the whole batch
  /// are loaded first, so that interning millions of random ids waits for memory once per
  /// batch rather than once per id (perf showed one cache miss per follow at 1M accounts).
  ///
  /// - Parameter pairs: Follower and followed ids, alternating; each a value that
  ///   ``canonicalNumber(_:)`` returned.
  public mutating func add(numericPairs pairs: UnsafeBufferPointer<UInt64>) {
    precondition(pairs.count % 2 == 0, "pairs come as follower, followed")
    prefetched ^= numericIndex.touch(pairs)
    var k = 0
    while k < pairs.count {
      let from = numericIndex.index(of: pairs[k], inserting: UInt32(accountIDs.count))
      if from.inserted { accountIDs.append(String(pairs[k])) }
      let to = numericIndex.index(of: pairs[k + 1], inserting: UInt32(accountIDs.count))
      if to.inserted { accountIDs.append(String(pairs[k + 1])) }
      add(follower: from.index, followed: to.index)
      k += 2
    }
  }

  /// Adds a follow between two interned accounts; a self-follow is counted and dropped.
  ///
  /// - Parameters:
  ///   - follower: The index of the follower.
  ///   - followed: The index of the account followed.
  public mutating func add(follower: UInt32, followed: UInt32) {
    if follower == followed {
      selfFollows += 1
      return
    }
    pairs.append(UInt64(follower) << 32 | UInt64(followed))
  }

  /// Adds a follow between two native ids.
  ///
  /// - Parameters:
  ///   - follower: The follower's native id.
  ///   - followed: The followed account's native id.
  public mutating func add(follower: String, followed: String) {
    let from = index(of: follower)
    let to = index(of: followed)
    add(follower: from, followed: to)
  }

  /// Finishes the table: sorts the follows and collapses duplicates.
  ///
  /// A counting sort by follower places each follower's targets together, then each short
  /// list is sorted on its own, which is much faster than sorting all follows at once.
  ///
  /// - Returns: The table and the number of duplicate follows collapsed.
  /// - Complexity: O(*n* + *m* log *d*) for *n* accounts, *m* follows added and *d* the
  ///   largest out-degree.
  public func build() -> (table: FollowTable, duplicates: Int) {
    let n = accountIDs.count
    var offsets = [Int](repeating: 0, count: n + 1)
    for pair in pairs { offsets[Int(truncatingIfNeeded: pair >> 32) &+ 1] &+= 1 }
    for i in 0..<n { offsets[i + 1] += offsets[i] }
    var targets = [UInt32](repeating: 0, count: pairs.count)
    var cursor = offsets
    for pair in pairs {
      let source = Int(truncatingIfNeeded: pair >> 32)
      targets[cursor[source]] = UInt32(truncatingIfNeeded: pair)
      cursor[source] &+= 1
    }
    var followers: [UInt32] = []
    var followed: [UInt32] = []
    followers.reserveCapacity(pairs.count)
    followed.reserveCapacity(pairs.count)
    targets.withUnsafeMutableBufferPointer { all in
      for source in 0..<n {
        var list = UnsafeMutableBufferPointer(rebasing: all[offsets[source]..<offsets[source + 1]])
        if list.count > 1 { list.sort() }
        var previous: UInt32?
        for target in list where target != previous {
          followers.append(UInt32(truncatingIfNeeded: source))
          followed.append(target)
          previous = target
        }
      }
    }
    let table = FollowTable(
      network: network, accountIDs: accountIDs, followers: followers, followed: followed)
    return (table, pairs.count - followers.count)
  }

  /// The value of `bytes` when they spell a canonical decimal number of at most 19 digits
  /// (no sign, no leading zero); its `String` is then exactly the same spelling.
  ///
  /// - Parameter bytes: UTF-8 bytes of an id.
  /// - Returns: The number, or `nil`.
  public static func canonicalNumber(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
    let count = bytes.count
    guard count > 0, count <= 19 else { return nil }
    if count > 1 && bytes[0] == 0x30 { return nil }
    var value: UInt64 = 0
    for byte in bytes {
      let digit = byte &- 0x30
      guard digit < 10 else { return nil }
      value = value &* 10 &+ UInt64(digit)
    }
    return value
  }
}
