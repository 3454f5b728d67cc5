import FollowAnalysis
import FollowModel
import Foundation

/// An export owner's posts per month, split into original posts, replies and reposts.
public struct PostingActivity: Equatable, Sendable {
  /// One calendar month (UTC).
  public struct Month: Equatable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    /// Posts that are neither replies nor reposts.
    public var originals: Int
    /// Replies.
    public var replies: Int
    /// Reposts (retweets, boosts).
    public var reposts: Int

    /// Creates a month.
    ///
    /// - Parameters:
    ///   - month: `YYYY-MM`.
    ///   - originals: Original posts.
    ///   - replies: Replies.
    ///   - reposts: Reposts.
    public init(month: String, originals: Int, replies: Int, reposts: Int) {
      self.month = month
      self.originals = originals
      self.replies = replies
      self.reposts = reposts
    }
  }

  /// The author.
  public var owner: AccountID
  /// Every month from the first post to the last, months without posts included.
  public var months: [Month]

  /// Creates the activity.
  ///
  /// - Parameters:
  ///   - owner: The author.
  ///   - months: The months in order.
  public init(owner: AccountID, months: [Month]) {
    self.owner = owner
    self.months = months
  }

  /// Counts `posts` per UTC month; a repost that is also a reply counts as a repost.
  ///
  /// - Parameters:
  ///   - posts: The author's posts, in any order.
  ///   - owner: The author.
  /// - Returns: The activity; no months when there are no posts.
  /// - Complexity: O(*p* + *m*) for *p* posts over *m* months.
  public static func compute(posts: [Post], owner: AccountID) -> PostingActivity {
    var counts: [String: Month] = [:]
    for post in posts {
      let key = UTCTime.month(post.createdAt)
      var month = counts[key] ?? Month(month: key, originals: 0, replies: 0, reposts: 0)
      if post.isRepost {
        month.reposts += 1
      } else if post.isReply {
        month.replies += 1
      } else {
        month.originals += 1
      }
      counts[key] = month
    }
    guard let first = counts.keys.min(), let last = counts.keys.max() else {
      return PostingActivity(owner: owner, months: [])
    }
    return PostingActivity(
      owner: owner,
      months: monthRange(from: first, to: last).map {
        counts[$0] ?? Month(month: $0, originals: 0, replies: 0, reposts: 0)
      })
  }

  /// Every `YYYY-MM` from `first` to `last`, inclusive.
  ///
  /// - Parameters:
  ///   - first: The first month.
  ///   - last: The last month.
  /// - Returns: The months in order; empty when either key is malformed.
  public static func monthRange(from first: String, to last: String) -> [String] {
    func parts(_ key: String) -> (Int, Int)? {
      let pieces = key.split(separator: "-")
      guard pieces.count == 2, let year = Int(pieces[0]), let month = Int(pieces[1]),
        (1...12).contains(month)
      else { return nil }
      return (year, month)
    }
    guard var (year, month) = parts(first), let end = parts(last) else { return [] }
    var out: [String] = []
    while (year, month) <= end {
      out.append(String(format: "%04d-%02d", year, month))
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return out
  }
}
