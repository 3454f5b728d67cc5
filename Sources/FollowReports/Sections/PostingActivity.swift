import FollowAnalysis
import FollowModel
import Foundation

/// An export owner's posts per month, split into original posts, replies and reposts
/// (counted by the use cases, `FollowUseCases`).
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
