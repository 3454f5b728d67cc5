/// One directed follow: `follower` follows `followed`.
public struct Follow: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The account that follows.
  public var follower: AccountID
  /// The account being followed.
  public var followed: AccountID

  /// Creates a follow.
  ///
  /// - Parameters:
  ///   - follower: The account that follows.
  ///   - followed: The account being followed.
  public init(follower: AccountID, followed: AccountID) {
    self.follower = follower
    self.followed = followed
  }

  public var description: String { "\(follower) -> \(followed)" }

  public static func < (lhs: Follow, rhs: Follow) -> Bool {
    (lhs.follower, lhs.followed) < (rhs.follower, rhs.followed)
  }
}
