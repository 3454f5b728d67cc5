extension FollowTable {
  /// A table over `accountIDs` without the accounts that take part in no follow, keeping the
  /// order of the others: how both stores build a network's table from its account rows.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - accountIDs: Every stored account of the network, in row-id order.
  ///   - followers: The follower position (in `accountIDs`) of each follow.
  ///   - followed: The followed position of each follow.
  /// - Returns: The table, with follows renumbered to the remaining accounts.
  /// - Complexity: O(*n* + *m*) for *n* accounts and *m* follows.
  public static func compacting(
    network: Network, accountIDs: [String], followers: [UInt32], followed: [UInt32]
  ) -> FollowTable {
    var used = [Bool](repeating: false, count: accountIDs.count)
    for k in 0..<followers.count {
      used[Int(followers[k])] = true
      used[Int(followed[k])] = true
    }
    var compact = [UInt32](repeating: 0, count: accountIDs.count)
    var kept: [String] = []
    for index in 0..<accountIDs.count where used[index] {
      compact[index] = UInt32(kept.count)
      kept.append(accountIDs[index])
    }
    var followers = followers
    var followed = followed
    for k in 0..<followers.count {
      followers[k] = compact[Int(followers[k])]
      followed[k] = compact[Int(followed[k])]
    }
    return FollowTable(
      network: network, accountIDs: kept, followers: followers, followed: followed)
  }
}
