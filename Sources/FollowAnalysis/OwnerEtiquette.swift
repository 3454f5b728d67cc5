/// The follow-back etiquette of one account: who it follows, who follows it, and who does not
/// return the follow.
///
/// When an export does not list the owner's followers (Mastodon, Bluesky), the figures that
/// need them are `nil` rather than 0; likewise for followings.
public struct OwnerEtiquette: Equatable, Sendable {
  /// The owner's index in the graph, or `nil` when the owner has no follows at all.
  public var account: Int?
  /// Whether the owner's complete following list is known.
  public var followingKnown: Bool
  /// Whether the owner's complete followers list is known.
  public var followersKnown: Bool
  /// Accounts the owner follows.
  public var following: Int
  /// Accounts following the owner.
  public var followers: Int
  /// Accounts both.
  public var mutual: Int
  /// Accounts the owner follows that do not follow back, sorted by index (empty when the
  /// followers are unknown).
  public var notFollowingBack: [Int]
  /// Accounts following the owner that the owner does not follow, sorted by index (empty when
  /// the followings are unknown).
  public var fans: [Int]
  /// Accounts that follow each other with the owner, sorted by index.
  public var mutuals: [Int]

  /// Creates the figures.
  ///
  /// - Parameters:
  ///   - account: The owner's index.
  ///   - followingKnown: Whether the following list is complete.
  ///   - followersKnown: Whether the followers list is complete.
  ///   - following: Followings.
  ///   - followers: Followers.
  ///   - mutual: Mutuals.
  ///   - notFollowingBack: Followings that do not follow back.
  ///   - fans: Followers not followed back.
  ///   - mutuals: Mutual accounts.
  public init(
    account: Int?, followingKnown: Bool, followersKnown: Bool, following: Int, followers: Int,
    mutual: Int, notFollowingBack: [Int], fans: [Int], mutuals: [Int]
  ) {
    self.account = account
    self.followingKnown = followingKnown
    self.followersKnown = followersKnown
    self.following = following
    self.followers = followers
    self.mutual = mutual
    self.notFollowingBack = notFollowingBack
    self.fans = fans
    self.mutuals = mutuals
  }

  /// mutual / following, when the followers are known and the owner follows someone.
  public var followBackRate: Double? {
    followersKnown && followingKnown && following > 0 ? Double(mutual) / Double(following) : nil
  }

  /// mutual / followers, when the followings are known and someone follows the owner.
  public var followersFollowedBackRate: Double? {
    followersKnown && followingKnown && followers > 0 ? Double(mutual) / Double(followers) : nil
  }
}

extension FollowGraph {
  /// The etiquette of account `account`.
  ///
  /// - Parameters:
  ///   - account: The owner's index, or `nil` when the owner has no follows in the graph.
  ///   - followingKnown: Whether the owner's following list is complete.
  ///   - followersKnown: Whether the owner's followers list is complete.
  /// - Returns: The owner's figures and lists.
  /// - Complexity: O(*out* + *in*) for the owner's degrees.
  public func etiquette(of account: Int?, followingKnown: Bool = true, followersKnown: Bool = true)
    -> OwnerEtiquette
  {
    guard let account else {
      return OwnerEtiquette(
        account: nil, followingKnown: followingKnown, followersKnown: followersKnown,
        following: 0, followers: 0, mutual: 0, notFollowingBack: [], fans: [], mutuals: [])
    }
    let out = following(of: account)
    let into = followers(of: account)
    var onlyOut: [Int] = []
    var onlyIn: [Int] = []
    var both: [Int] = []
    var i = out.startIndex
    var j = into.startIndex
    while i < out.endIndex || j < into.endIndex {
      if j == into.endIndex || (i < out.endIndex && out[i] < into[j]) {
        onlyOut.append(Int(out[i]))
        i += 1
      } else if i == out.endIndex || into[j] < out[i] {
        onlyIn.append(Int(into[j]))
        j += 1
      } else {
        both.append(Int(out[i]))
        i += 1
        j += 1
      }
    }
    return OwnerEtiquette(
      account: account, followingKnown: followingKnown, followersKnown: followersKnown,
      following: out.count, followers: into.count, mutual: both.count,
      notFollowingBack: followersKnown ? onlyOut : [], fans: followingKnown ? onlyIn : [],
      mutuals: both)
  }
}
