import Foundation

/// The reasons behind a follow-back probability, in words, strongest first.
public enum FollowBackReasons {
  /// Describes the pair u → v in the words of u ("you").
  ///
  /// - Parameters:
  ///   - context: The graph's figures.
  ///   - follower: u.
  ///   - followed: v.
  ///   - topicThreshold: The similarity from which the two count as posting on the same
  ///     themes.
  /// - Returns: Up to five phrases such as "follows back 83 % of its followers".
  /// - Complexity: that of ``FollowBackContext/triadCounts(_:_:)``.
  public static func describe(
    context: FollowBackContext, follower u: Int, followed v: Int, topicThreshold: Double = 0.2
  ) -> [String] {
    let graph = context.graph
    let excluded = graph.follows(u, v) ? 1 : 0
    let both = excluded == 1 && graph.follows(v, u) ? 1 : 0
    let followers = graph.followersCount(of: v) - excluded
    let triads = context.triadCounts(u, v)
    var reasons: [(weight: Double, text: String)] = []
    if followers > 0 {
      let habit = Double(context.mutual[v] - both) / Double(followers)
      let percent = Int((habit * 100).rounded())
      reasons.append(
        (abs(habit - context.prior) + 0.5, "follows back \(percent) % of its followers"))
    } else {
      reasons.append((0.1, "no other followers to judge its habit by"))
    }
    if context.isFamous(v) {
      let ratio = Double(graph.followersCount(of: v)) / Double(max(graph.followingCount(of: v), 1))
      reasons.append((1, "web famous: \(Int(ratio.rounded()))× more followers than follows"))
    }
    if triads.pathsToFollowed > 0 {
      reasons.append(
        (0.4, "\(triads.pathsToFollowed) \(people(triads.pathsToFollowed)) you follow follow it"))
    }
    if triads.pathsToFollower > 0 {
      reasons.append(
        (
          0.45,
          "it follows \(triads.pathsToFollower) \(people(triads.pathsToFollower)) who follow you"
        ))
    }
    if triads.mutualWithBoth > 0 {
      reasons.append(
        (
          0.35,
          "\(triads.mutualWithBoth) mutual \(triads.mutualWithBoth == 1 ? "friend" : "friends") in common"
        ))
    } else if triads.common == 0 {
      reasons.append((0.3, "no accounts in common"))
    }
    if let similarity = context.topics?.similarity(u, v) {
      reasons.append(
        similarity >= topicThreshold
          ? (0.3, "posts on your themes") : (0.1, "posts on other themes than yours"))
    }
    return reasons.enumerated().sorted {
      $0.element.weight != $1.element.weight
        ? $0.element.weight > $1.element.weight : $0.offset < $1.offset
    }.prefix(5).map(\.element.text)
  }

  private static func people(_ count: Int) -> String { count == 1 ? "person" : "people" }
}
