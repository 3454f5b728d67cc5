import FollowModel
import Foundation

/// One account's topic figures.
///
/// Shares are over the account's considered posts: its posts minus reposts (unless they are
/// included) minus posts with nothing to analyse (only links, mentions or numbers).
public struct AccountTopics: Equatable, Sendable {
  /// The account.
  public var account: AccountID
  /// All of the account's posts that were read.
  public var postsTotal: Int
  /// Reposts left out (0 when reposts are included).
  public var repostsExcluded: Int
  /// Posts left out because nothing was left after removing links and mentions.
  public var emptyPosts: Int
  /// Considered posts: the denominator of every share.
  public var posts: Int
  /// The share of considered posts on each topic (themes: the posts whose best theme it is;
  /// discovered: the model's estimate).
  public var topicShares: [Double]
  /// The share of posts in the dominant topic; `nil` without considered posts or, for themes,
  /// without on-theme posts.
  public var focus: Double?
  /// Shannon entropy of the topic distribution divided by its maximum.
  ///
  /// 0 = one topic only, 1 = evenly spread. Themes count "off every theme" as one more category.
  public var entropy: Double?
  /// The topic with the largest share.
  public var dominantTopic: Int?
  /// Considered posts whose most probable topic is the dominant one.
  public var postsInDominantTopic: Int
  /// Per theme, the share of considered posts holding one of its terms (theme mode).
  public var themeShares: [Double]?
  /// The share of considered posts on at least one theme (theme mode).
  public var anyThemeShare: Double?
  /// Month by month.
  ///
  /// For themes, each theme and "any"; for discovered topics, the dominant topic. Sorted by month,
  /// then topic.
  public var monthly: [MonthlyShare]
  /// Posts off every theme (themes) or outside the dominant topic (discovered), by date.
  public var offTopicPosts: [PostTopic]
  /// The words that set this account apart from the others (TF-IDF over accounts).
  public var distinctiveTerms: [String]
  /// The hashtags that set this account apart.
  public var distinctiveHashtags: [String]
  /// Links removed from the considered posts.
  public var urls: Int
  /// Mentions removed from the considered posts.
  public var mentions: Int

  /// Creates figures with nothing counted yet.
  ///
  /// - Parameter account: The account.
  public init(account: AccountID) {
    self.account = account
    postsTotal = 0
    repostsExcluded = 0
    emptyPosts = 0
    posts = 0
    topicShares = []
    focus = nil
    entropy = nil
    dominantTopic = nil
    postsInDominantTopic = 0
    themeShares = nil
    anyThemeShare = nil
    monthly = []
    offTopicPosts = []
    distinctiveTerms = []
    distinctiveHashtags = []
    urls = 0
    mentions = 0
  }

  /// Normalised Shannon entropy of `shares` (which need not sum to 1); `nil` with fewer
  /// than two categories or no mass.
  ///
  /// - Parameter shares: Non-negative weights.
  /// - Returns: H / ln(count), between 0 and 1.
  public static func normalizedEntropy(_ shares: [Double]) -> Double? {
    let total = shares.reduce(0, +)
    guard shares.count >= 2, total > 0 else { return nil }
    var h = 0.0
    for share in shares where share > 0 {
      let p = share / total
      h -= p * Foundation.log(p)
    }
    return min(1, max(0, h / Foundation.log(Double(shares.count))))
  }
}
