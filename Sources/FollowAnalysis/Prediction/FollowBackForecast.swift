import FollowModel

/// One account ranked by the chance it follows the owner back, with the reasons.
public struct FollowBackCandidate: Equatable, Sendable {
  /// The account's graph index.
  public var account: Int
  /// Its native id.
  public var id: String
  /// The probability it follows the owner (back, or after the owner follows it).
  public var probability: Double
  /// The reasons in words, strongest first.
  public var reasons: [String]

  /// Creates a candidate.
  public init(account: Int, id: String, probability: Double, reasons: [String]) {
    self.account = account
    self.id = id
    self.probability = probability
    self.reasons = reasons
  }
}

/// Who is likely to follow an owner back: the accounts the owner follows that do not follow
/// back yet, and accounts the owner might follow, each ranked by probability.
///
/// A value a renderer takes as it is (text, CSV, JSON, the HTML report's section).
public struct FollowBackForecast: Sendable {
  /// The owner's graph index.
  public var owner: Int
  /// Followed accounts that do not follow back, most likely first.
  public var following: [FollowBackCandidate]
  /// Accounts not followed yet, linked to accounts the owner follows, most likely first;
  /// empty unless asked for.
  public var suggested: [FollowBackCandidate]
  /// Suggested candidates found before the cap on how many are scored.
  public var suggestedFound: Int
  /// How the model was trained and how calibrated it is.
  public var training: FollowBackTrainingSummary

  /// Ranks the owner's candidates.
  ///
  /// Suggested candidates are accounts the owner neither follows nor is followed by that are
  /// followed by, or follow, an account the owner follows; at most `maxSuggested` of them,
  /// those linked to the most of the owner's follows, are scored. Accounts already following
  /// the owner are left out: a follow to them is returned already.
  ///
  /// - Parameters:
  ///   - model: The trained model.
  ///   - owner: The owner's graph index.
  ///   - suggest: Whether to rank suggested candidates too.
  ///   - maxSuggested: The most suggested candidates scored.
  /// - Returns: The forecast, ties broken by native id order.
  /// - Complexity: O(*c* · (*s* + *T*·*D*) + *Σ* out/in-degrees of the owner's follows) for *c*
  ///   candidates of pair cost *s*.
  public static func rank(
    model: FollowBackModel, owner: Int, suggest: Bool, maxSuggested: Int = 5_000
  ) -> FollowBackForecast {
    let graph = model.context.graph
    func candidate(_ v: Int) -> FollowBackCandidate {
      FollowBackCandidate(
        account: v, id: graph.accountIDs[v],
        probability: model.probability(follower: owner, followed: v),
        reasons: FollowBackReasons.describe(context: model.context, follower: owner, followed: v))
    }
    let following = graph.following(of: owner).map(Int.init).filter { !graph.follows($0, owner) }
    var links: [Int: Int] = [:]
    if suggest {
      for friend in graph.following(of: owner) {
        for w in graph.following(of: Int(friend)) { links[Int(w), default: 0] += 1 }
        for w in graph.followers(of: Int(friend)) { links[Int(w), default: 0] += 1 }
      }
    }
    let open = links.filter { w, _ in
      w != owner && !graph.follows(owner, w) && !graph.follows(w, owner)
    }
    let chosen = open.sorted {
      $0.value != $1.value
        ? $0.value > $1.value
        : NativeIDOrder.areInIncreasingOrder(graph.accountIDs[$0.key], graph.accountIDs[$1.key])
    }.prefix(maxSuggested).map(\.key)
    return FollowBackForecast(
      owner: owner, following: sorted(following.map(candidate)),
      suggested: sorted(chosen.map(candidate)), suggestedFound: open.count,
      training: model.summary)
  }

  private static func sorted(_ list: [FollowBackCandidate]) -> [FollowBackCandidate] {
    list.sorted {
      $0.probability != $1.probability
        ? $0.probability > $1.probability : NativeIDOrder.areInIncreasingOrder($0.id, $1.id)
    }
  }
}
