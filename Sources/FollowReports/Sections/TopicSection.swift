import FollowAnalysis
import FollowModel
import Foundation

/// Topic focus of one network's accounts, for the HTML report: on-theme share per account,
/// the monthly drift and the off-theme posts.
///
/// Filled by the topic analysis (`followgraph topics` / `report --theme`); the report renders
/// it when present and says how to get it otherwise.
public struct TopicSection: Equatable, Sendable {
  /// One account's focus.
  public struct AccountFocus: Equatable, Sendable {
    /// The account.
    public var account: Account
    /// Posts considered.
    public var posts: Int
    /// Share of posts on theme (any theme, or the dominant topic), 0–1.
    public var onThemeShare: Double?
    /// The dominant theme or topic label.
    public var dominantTopic: String?

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - account: The account.
    ///   - posts: Posts considered.
    ///   - onThemeShare: Share of posts on theme.
    ///   - dominantTopic: The dominant theme or topic.
    public init(account: Account, posts: Int, onThemeShare: Double?, dominantTopic: String?) {
      self.account = account
      self.posts = posts
      self.onThemeShare = onThemeShare
      self.dominantTopic = dominantTopic
    }
  }

  /// One month of an account's drift line.
  public struct MonthShare: Equatable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    /// Posts considered that month.
    public var posts: Int
    /// On-theme share that month; `nil` without posts.
    public var onThemeShare: Double?

    /// Creates a month.
    ///
    /// - Parameters:
    ///   - month: `YYYY-MM`.
    ///   - posts: Posts that month.
    ///   - onThemeShare: On-theme share that month.
    public init(month: String, posts: Int, onThemeShare: Double?) {
      self.month = month
      self.posts = posts
      self.onThemeShare = onThemeShare
    }
  }

  /// One account's monthly on-theme share.
  public struct Drift: Equatable, Sendable {
    /// The account.
    public var account: Account
    /// Months in order, gaps included.
    public var months: [MonthShare]

    /// Creates a drift line.
    ///
    /// - Parameters:
    ///   - account: The account.
    ///   - months: Months in order.
    public init(account: Account, months: [MonthShare]) {
      self.account = account
      self.months = months
    }
  }

  /// A post that matched no theme.
  public struct OffThemePost: Equatable, Sendable {
    /// The post.
    public var post: Post
    /// The account's handle or id, as shown.
    public var author: Account

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - post: The post.
    ///   - author: Its author.
    public init(post: Post, author: Account) {
      self.post = post
      self.author = author
    }
  }

  /// The network.
  public var network: Network
  /// How topics were found, in words (themes given, or the discovery method).
  public var method: String
  /// Per-account focus.
  public var accounts: [AccountFocus]
  /// Monthly drift lines (usually the owner's).
  public var drift: [Drift]
  /// Off-theme posts, newest first.
  public var offThemePosts: [OffThemePost]

  /// Creates the section.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - method: How topics were found.
  ///   - accounts: Per-account focus.
  ///   - drift: Monthly drift lines.
  ///   - offThemePosts: Off-theme posts.
  public init(
    network: Network, method: String, accounts: [AccountFocus], drift: [Drift],
    offThemePosts: [OffThemePost]
  ) {
    self.network = network
    self.method = method
    self.accounts = accounts
    self.drift = drift
    self.offThemePosts = offThemePosts
  }
}
