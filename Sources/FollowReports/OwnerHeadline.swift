import FollowAnalysis
import FollowModel
import Foundation

/// The answers that open the report for one export owner: how many of the accounts they follow
/// follow back and who the others are, how many followers they follow back, how much of
/// their posting stays on theme, what changed since their previous export, and their own lists
/// (pending requests, recently unfollowed, close friends, blocked and restricted).
///
/// Computed by the use cases (`ReportAssembly`); the renderers only word it.
public struct OwnerHeadline: Equatable, Sendable {
  /// Accounts of one triage class among those not following back.
  public struct CategoryCount: Equatable, Sendable {
    /// The class.
    public var category: TriageCategory
    /// How many accounts.
    public var count: Int

    /// Creates a count.
    public init(category: TriageCategory, count: Int) {
      self.category = category
      self.count = count
    }
  }

  /// The share of the owner's posts on theme (themes given) or on their main discovered topic.
  public struct PostFocus: Equatable, Sendable {
    /// Posts considered.
    public var posts: Int
    /// The share of them on any theme, or in the dominant topic.
    public var share: Double
    /// The theme names (themes given), or the dominant topic's label (discovered).
    public var about: String
    /// Whether `share` is the on-theme share of given themes (else the dominant topic's).
    public var themed: Bool

    /// Creates a focus figure.
    public init(posts: Int, share: Double, about: String, themed: Bool) {
      self.posts = posts
      self.share = share
      self.about = about
      self.themed = themed
    }
  }

  /// What changed between the owner's two newest exports.
  public struct LatestChange: Equatable, Sendable {
    /// The earlier export's observation time.
    public var from: Date
    /// The later export's observation time.
    public var to: Date
    /// New followers, when both exports listed followers.
    public var gainedFollowers: Int?
    /// Followers lost, when both exports listed followers.
    public var lostFollowers: Int?
    /// Accounts newly followed, when both exports listed followings.
    public var newFollowing: Int?
    /// Accounts no longer followed, when both exports listed followings.
    public var droppedFollowing: Int?

    /// Creates a change.
    public init(
      from: Date, to: Date, gainedFollowers: Int?, lostFollowers: Int?, newFollowing: Int?,
      droppedFollowing: Int?
    ) {
      self.from = from
      self.to = to
      self.gainedFollowers = gainedFollowers
      self.lostFollowers = lostFollowers
      self.newFollowing = newFollowing
      self.droppedFollowing = droppedFollowing
    }
  }

  /// The owner.
  public var owner: Account
  /// Accounts the owner follows; `nil` when the export does not list them.
  public var following: Int?
  /// Accounts following the owner; `nil` when the export does not list them.
  public var followers: Int?
  /// Accounts following each other with the owner; `nil` unless both lists are known.
  public var mutual: Int?
  /// mutual / following; `nil` when undefined or unknown.
  public var followBackRate: Double?
  /// mutual / followers; `nil` when undefined or unknown.
  public var followersFollowedBackRate: Double?
  /// The classes of the accounts followed that do not follow back, kept last, only classes
  /// with accounts; empty when no audience evidence was computed.
  public var notFollowingBack: [CategoryCount] = []
  /// The focus of the owner's posts, when the report has topics and the owner has posts.
  public var postFocus: PostFocus?
  /// Exports of the owner in the database.
  public var snapshots: Int = 0
  /// What changed between the two newest exports, when there are two.
  public var latestChange: LatestChange?
  /// The owner's other lists, as the newest import of each kind saved them.
  public var lists: [OwnerList] = []

  /// Creates a headline with the follow-back figures; the rest is set by the use case.
  ///
  /// - Parameters:
  ///   - owner: The owner.
  ///   - following: Accounts followed, `nil` when unknown.
  ///   - followers: Followers, `nil` when unknown.
  ///   - mutual: Mutual follows, `nil` unless both lists are known.
  ///   - followBackRate: mutual / following.
  ///   - followersFollowedBackRate: mutual / followers.
  public init(
    owner: Account, following: Int?, followers: Int?, mutual: Int?, followBackRate: Double?,
    followersFollowedBackRate: Double?
  ) {
    self.owner = owner
    self.following = following
    self.followers = followers
    self.mutual = mutual
    self.followBackRate = followBackRate
    self.followersFollowedBackRate = followersFollowedBackRate
  }

  /// Accounts followed that do not follow back (kept ones included); `nil` unless both lists
  /// are known.
  public var notFollowingBackTotal: Int? {
    guard let following, let mutual else { return nil }
    return following - mutual
  }

  /// Followers the owner does not follow; `nil` unless both lists are known.
  public var fans: Int? {
    guard let followers, let mutual else { return nil }
    return followers - mutual
  }
}
