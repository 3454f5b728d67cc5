import FollowModel

/// A directed follow graph in compressed sparse row form, for fast analysis.
///
/// Accounts are dense indexes `0..<accountCount`; for each account the graph keeps the sorted
/// indexes of the accounts it follows and of the accounts following it. The graph is
/// canonical: each follow appears once and self-follows are dropped, whatever the input held.
public struct FollowGraph: Sendable {
  /// The network of every account.
  public let network: Network
  /// The native id of each account, by index.
  public let accountIDs: [String]
  private let outOffsets: [Int]
  private let outTargets: [UInt32]
  private let inOffsets: [Int]
  private let inSources: [UInt32]

  /// Builds the graph from a follow table.
  ///
  /// - Parameter table: Follows between indexed accounts, in any order, duplicates allowed.
  /// - Complexity: O(*n* + *m*) for *n* accounts and *m* follows when the table is sorted by
  ///   (follower, followed), as tables from ``FollowTableBuilder`` and the store are; otherwise
  ///   O(*n* + *m* log *d*) with *d* the largest out-degree.
  public init(_ table: FollowTable) {
    network = table.network
    accountIDs = table.accountIDs
    let n = table.accountIDs.count
    let (offsets, targets) = Self.adjacency(
      count: n, from: table.followers, to: table.followed)
    outOffsets = offsets
    outTargets = targets
    // Reverse adjacency from the canonical forward lists: sources come out sorted because the
    // forward lists are visited in source order.
    var inDegree = [Int](repeating: 0, count: n + 1)
    for target in targets { inDegree[Int(target) + 1] += 1 }
    for i in 0..<n { inDegree[i + 1] += inDegree[i] }
    var cursor = inDegree
    var sources = [UInt32](repeating: 0, count: targets.count)
    for source in 0..<n {
      for k in offsets[source]..<offsets[source + 1] {
        let target = Int(targets[k])
        sources[cursor[target]] = UInt32(source)
        cursor[target] += 1
      }
    }
    inOffsets = inDegree
    inSources = sources
  }

  /// The number of accounts.
  public var accountCount: Int { accountIDs.count }

  /// The number of distinct follows.
  public var followCount: Int { outTargets.count }

  /// The accounts `account` follows, sorted by index.
  ///
  /// - Parameter account: An account index.
  /// - Returns: The indexes of the accounts followed.
  public func following(of account: Int) -> ArraySlice<UInt32> {
    outTargets[outOffsets[account]..<outOffsets[account + 1]]
  }

  /// The accounts following `account`, sorted by index.
  ///
  /// - Parameter account: An account index.
  /// - Returns: The indexes of the followers.
  public func followers(of account: Int) -> ArraySlice<UInt32> {
    inSources[inOffsets[account]..<inOffsets[account + 1]]
  }

  /// The out-degree (accounts followed) of `account`.
  ///
  /// - Parameter account: An account index.
  /// - Returns: The number of accounts followed.
  public func followingCount(of account: Int) -> Int {
    outOffsets[account + 1] - outOffsets[account]
  }

  /// The in-degree (followers) of `account`.
  ///
  /// - Parameter account: An account index.
  /// - Returns: The number of followers.
  public func followersCount(of account: Int) -> Int {
    inOffsets[account + 1] - inOffsets[account]
  }

  /// The index of the account with native id `id`.
  ///
  /// - Parameter id: A native id.
  /// - Returns: The index, or `nil` when the account has no follows in the graph.
  /// - Complexity: O(*n*).
  public func index(of id: String) -> Int? {
    accountIDs.firstIndex(of: id)
  }

  /// Whether `follower` follows `followed`.
  ///
  /// - Parameters:
  ///   - follower: An account index.
  ///   - followed: An account index.
  /// - Returns: `true` when the follow exists.
  /// - Complexity: O(log *d*) for the follower's out-degree *d*.
  public func follows(_ follower: Int, _ followed: Int) -> Bool {
    let list = following(of: follower)
    var low = list.startIndex
    var high = list.endIndex
    let target = UInt32(followed)
    while low < high {
      let mid = (low + high) / 2
      if list[mid] < target { low = mid + 1 } else { high = mid }
    }
    return low < list.endIndex && list[low] == target
  }

  /// Builds sorted, deduplicated adjacency lists from parallel source/target arrays.
  private static func adjacency(
    count n: Int, from sources: [UInt32], to targets: [UInt32]
  ) -> (offsets: [Int], targets: [UInt32]) {
    var offsets = [Int](repeating: 0, count: n + 1)
    for source in sources { offsets[Int(source) + 1] += 1 }
    for i in 0..<n { offsets[i + 1] += offsets[i] }
    var cursor = offsets
    var placed = [UInt32](repeating: 0, count: sources.count)
    for k in 0..<sources.count {
      let source = Int(sources[k])
      placed[cursor[source]] = targets[k]
      cursor[source] += 1
    }
    // Sort each list (usually already sorted), drop self-follows and duplicates, compact.
    var result: [UInt32] = []
    result.reserveCapacity(placed.count)
    var newOffsets = [Int](repeating: 0, count: n + 1)
    for source in 0..<n {
      var list = placed[offsets[source]..<offsets[source + 1]]
      if !zip(list, list.dropFirst()).allSatisfy({ $0 < $1 }) { list.sort() }
      var previous: UInt32?
      for target in list where Int(target) != source && target != previous {
        result.append(target)
        previous = target
      }
      newOffsets[source + 1] = result.count
    }
    return (newOffsets, result)
  }
}
