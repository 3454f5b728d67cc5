/// The features the follow-back model reads for a follow u → v, asking whether v follows u.
///
/// Every feature is computed as if v → u did not exist (when it does, it is hidden), so a
/// reciprocated follow and a follow whose return is unknown look alike: v's habit never counts
/// the pair itself, and u's audience does not include v.
public enum FollowBackFeature: Int, CaseIterable, Sendable {
  /// v's follow-back habit: the share of v's other followers that v follows, smoothed
  /// towards the graph's rate.
  case followedHabit
  /// v's followers other than u, log(1 + x).
  case followedAudience
  /// v's follows, log(1 + x).
  case followedFollowing
  /// The share of the accounts v follows that follow v back.
  case followedFollowBackRate
  /// u's habit: the share of u's followers that u follows back.
  case followerHabit
  /// The share of the other accounts u follows that follow u back: how often u's follows
  /// are returned.
  case followerReturnRate
  /// u's followers, log(1 + x).
  case followerAudience
  /// u's follows, log(1 + x).
  case followerFollowing
  /// log((v's audience + 1) / (u's audience + 1)).
  case audienceRatio
  /// |log(1 + v's degree) − log(1 + u's degree)|, total degrees: degree similarity.
  case degreeDistance
  /// Accounts w with v → w → u: v follows people who follow u.
  case followedFollowsFollowersOfFollower
  /// Accounts both follow.
  case bothFollow
  /// Accounts following both.
  case followBoth
  /// Accounts w with u → w → v.
  case followerFollowsFollowersOfFollowed
  /// Accounts mutual with both (structural balance).
  case mutualWithBoth
  /// The share of common neighbours that are mutual with both.
  case commonMutualShare
  /// The share of v's follows that follow u (v → w → u over v's follows).
  case followedCircleShare
  /// Common neighbours, either direction.
  case commonNeighbours
  /// Adamic–Adar index over common neighbours.
  case adamicAdar
  /// Jaccard index of the two neighbourhoods.
  case jaccard
  /// log(N · PageRank of v).
  case followedPageRank
  /// log(N · PageRank of u).
  case followerPageRank
  /// Whether v is web famous (audience in the top 1 % and ≥ 10 × its follows).
  case followedFamous
  /// Whether u is web famous.
  case followerFamous
  /// Cosine similarity of the two accounts' post words; missing without posts.
  case topicSimilarity
  /// v's habit among its followers in u's circle (accounts u follows or is followed by):
  /// does v follow back people like u.
  case followedHabitNearFollower
  /// The share of u's followers that v follows.
  case followerFollowersFollowedShare
  /// Cosine of the two accounts' sets of follows.
  case followingCosine
  /// Cosine of the two accounts' sets of followers.
  case followersCosine
  /// u's return rate among the accounts it follows in v's circle.
  case followerReturnRateNearFollowed
  /// v's mutual friends that follow u.
  case followedMutualsFollowingFollower
  /// u's mutual friends that v follows.
  case followerMutualsFollowedByFollowed

  /// The snake_case name used in outputs.
  public var name: String {
    switch self {
    case .followedHabit: "followed_habit"
    case .followedAudience: "followed_audience"
    case .followedFollowing: "followed_following"
    case .followedFollowBackRate: "followed_follow_back_rate"
    case .followerHabit: "follower_habit"
    case .followerReturnRate: "follower_return_rate"
    case .followerAudience: "follower_audience"
    case .followerFollowing: "follower_following"
    case .audienceRatio: "log_audience_ratio"
    case .degreeDistance: "degree_distance"
    case .followedFollowsFollowersOfFollower: "paths_followed_to_follower"
    case .bothFollow: "both_follow"
    case .followBoth: "follow_both"
    case .followerFollowsFollowersOfFollowed: "paths_follower_to_followed"
    case .mutualWithBoth: "mutual_with_both"
    case .commonMutualShare: "common_mutual_share"
    case .followedCircleShare: "followed_circle_share"
    case .commonNeighbours: "common_neighbours"
    case .adamicAdar: "adamic_adar"
    case .jaccard: "jaccard"
    case .followedPageRank: "followed_pagerank"
    case .followerPageRank: "follower_pagerank"
    case .followedFamous: "followed_web_famous"
    case .followerFamous: "follower_web_famous"
    case .topicSimilarity: "topic_similarity"
    case .followedHabitNearFollower: "followed_habit_near_follower"
    case .followerFollowersFollowedShare: "follower_followers_followed_share"
    case .followingCosine: "following_cosine"
    case .followersCosine: "followers_cosine"
    case .followerReturnRateNearFollowed: "follower_return_rate_near_followed"
    case .followedMutualsFollowingFollower: "followed_mutuals_following_follower"
    case .followerMutualsFollowedByFollowed: "follower_mutuals_followed_by_followed"
    }
  }

  /// The standard link-prediction features of the tree baseline (degrees, habits,
  /// reciprocity, audience ratio, common neighbours, Adamic–Adar, Jaccard).
  public static let standard: [FollowBackFeature] = [
    .followedAudience, .followedFollowing, .followerAudience, .followerFollowing,
    .followedHabit, .followerHabit, .followedFollowBackRate, .followerReturnRate,
    .audienceRatio, .commonNeighbours, .adamicAdar, .jaccard,
  ]
}
