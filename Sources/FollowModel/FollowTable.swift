/// Follows within one network in compact form: accounts named by dense indexes.
///
/// This is the shape bulk imports produce and analyses consume. `accountIDs[i]` is the native
/// id of account `i`; follow `k` goes from `followers[k]` to `followed[k]`. A table built by
/// ``FollowTableBuilder`` holds each follow once, has no self-follows and is sorted by
/// (follower, followed).
public struct FollowTable: Equatable, Sendable {
  /// The network all accounts belong to.
  public var network: Network
  /// The native id of each account, by index.
  public var accountIDs: [String]
  /// The follower index of each follow.
  public var followers: [UInt32]
  /// The followed index of each follow.
  public var followed: [UInt32]

  /// Creates a table from parallel arrays.
  ///
  /// - Parameters:
  ///   - network: The network all accounts belong to.
  ///   - accountIDs: The native id of each account, by index.
  ///   - followers: The follower index of each follow.
  ///   - followed: The followed index of each follow; same length as `followers`.
  public init(network: Network, accountIDs: [String], followers: [UInt32], followed: [UInt32]) {
    precondition(followers.count == followed.count, "follower and followed columns differ")
    self.network = network
    self.accountIDs = accountIDs
    self.followers = followers
    self.followed = followed
  }

  /// An empty table for `network`.
  ///
  /// - Parameter network: The network.
  /// - Returns: A table with no accounts and no follows.
  public static func empty(_ network: Network) -> FollowTable {
    FollowTable(network: network, accountIDs: [], followers: [], followed: [])
  }

  /// The number of follows.
  public var count: Int { followers.count }

  /// The follows as values, in table order.
  ///
  /// - Complexity: O(*n*) for *n* follows; meant for small tables and tests.
  public var follows: [Follow] {
    (0..<count).map { k in
      Follow(
        follower: AccountID(network: network, value: accountIDs[Int(followers[k])]),
        followed: AccountID(network: network, value: accountIDs[Int(followed[k])]))
    }
  }
}
