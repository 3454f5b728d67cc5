import FollowModel
import FollowReports

extension PostingActivity {
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
}
