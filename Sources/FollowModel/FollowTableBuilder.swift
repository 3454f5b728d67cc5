/// Collects follows named by native ids into a ``FollowTable``, interning ids to dense
/// indexes, dropping self-follows and collapsing duplicates.
///
/// Ids that are canonical decimal numbers (no sign, no leading zero, at most 19 digits, as X
/// ids are) are interned through an integer map, which avoids building a `String` for every
/// occurrence; all other ids go through a string map. The two never collide because a
/// canonical number is always routed to the integer map.
public struct FollowTableBuilder: Sendable {
  /// The network all ids belong to.
  public let network: Network
  private var accountIDs: [String] = []
  private var numericIndex: [UInt64: UInt32] = [:]
  private var textIndex: [String: UInt32] = [:]
  private var pairs: [UInt64] = []
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
      if let existing = numericIndex[number] { return existing }
      let next = UInt32(accountIDs.count)
      numericIndex[number] = next
      accountIDs.append(String(decoding: bytes, as: UTF8.self))
      return next
    }
    let text = String(decoding: bytes, as: UTF8.self)
    if let existing = textIndex[text] { return existing }
    let next = UInt32(accountIDs.count)
    textIndex[text] = next
    accountIDs.append(text)
    return next
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
  /// - Returns: The table and the number of duplicate follows collapsed.
  /// - Complexity: O(*n* log *n*) for *n* follows added.
  public func build() -> (table: FollowTable, duplicates: Int) {
    var sorted = pairs
    sorted.sort()
    var followers: [UInt32] = []
    var followed: [UInt32] = []
    followers.reserveCapacity(sorted.count)
    followed.reserveCapacity(sorted.count)
    var previous: UInt64?
    for pair in sorted where pair != previous {
      followers.append(UInt32(truncatingIfNeeded: pair >> 32))
      followed.append(UInt32(truncatingIfNeeded: pair))
      previous = pair
    }
    let table = FollowTable(
      network: network, accountIDs: accountIDs, followers: followers, followed: followed)
    return (table, sorted.count - followers.count)
  }

  /// The value of `bytes` when they spell a canonical decimal number of at most 19 digits.
  static func canonicalNumber(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
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
