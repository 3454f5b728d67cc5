/// Graph-wide reciprocity of a follow graph, in the forms networkx and igraph define.
///
/// All figures are computed on the canonical graph: distinct follows, self-follows dropped.
/// Ratios whose denominator is zero are `nil`, never 0 or NaN.
public struct GraphReciprocity: Equatable, Sendable {
  /// Accounts with at least one follow (*N*).
  public var accounts: Int
  /// Distinct follows (*L*).
  public var follows: Int
  /// Follows whose reverse follow also exists (each mutual pair counts twice).
  public var reciprocatedFollows: Int
  /// Unordered pairs of accounts that follow each other.
  public var mutualPairs: Int

  /// Creates the figures from counts.
  ///
  /// - Parameters:
  ///   - accounts: Accounts in the graph.
  ///   - follows: Distinct follows.
  ///   - reciprocatedFollows: Follows whose reverse exists.
  ///   - mutualPairs: Mutual pairs.
  public init(accounts: Int, follows: Int, reciprocatedFollows: Int, mutualPairs: Int) {
    self.accounts = accounts
    self.follows = follows
    self.reciprocatedFollows = reciprocatedFollows
    self.mutualPairs = mutualPairs
  }

  /// Unordered pairs of accounts linked by at least one follow.
  public var connectedPairs: Int { follows - mutualPairs }

  /// Edge reciprocity: the share of follows whose reverse also exists, reciprocated / follows.
  ///
  /// Equal to igraph `reciprocity()` (default mode, loops ignored) and networkx
  /// `overall_reciprocity` on a graph without self-follows.
  public var edgeReciprocity: Double? {
    follows > 0 ? Double(reciprocatedFollows) / Double(follows) : nil
  }

  /// Pair reciprocity: the share of linked pairs that are mutual, mutual / connected pairs.
  ///
  /// Equal to igraph `reciprocity(mode = "ratio")`; the form Kwak et al. 2010 report as 22.1 %
  /// for Twitter. Related to edge reciprocity by r_edge = 2·r_pair / (1 + r_pair).
  public var pairReciprocity: Double? {
    connectedPairs > 0 ? Double(mutualPairs) / Double(connectedPairs) : nil
  }

  /// The density ā = L / (N(N − 1)), self-follows excluded.
  public var density: Double? {
    accounts > 1 ? Double(follows) / (Double(accounts) * Double(accounts - 1)) : nil
  }

  /// Garlaschelli–Loffredo ρ = (r − ā) / (1 − ā): reciprocity corrected for density.
  ///
  /// ρ > 0 means more mutual follows than chance, ρ < 0 fewer. Undefined for a complete or
  /// empty graph.
  public var rho: Double? {
    guard let r = edgeReciprocity, let a = density, a < 1 else { return nil }
    return (r - a) / (1 - a)
  }
}

/// Follow-back figures of one account.
///
/// Ratios whose denominator is zero are `nil`.
public struct AccountReciprocity: Equatable, Sendable {
  /// The account's index in the graph.
  public var account: Int
  /// Accounts it follows (out-degree).
  public var following: Int
  /// Accounts following it (in-degree).
  public var followers: Int
  /// Accounts it follows that follow it back.
  public var mutual: Int

  /// Creates the figures from counts.
  ///
  /// - Parameters:
  ///   - account: The account index.
  ///   - following: Out-degree.
  ///   - followers: In-degree.
  ///   - mutual: Mutual follows.
  public init(account: Int, following: Int, followers: Int, mutual: Int) {
    self.account = account
    self.following = following
    self.followers = followers
    self.mutual = mutual
  }

  /// Follow-back rate: mutual / following, the share of accounts it follows that follow back.
  public var followBackRate: Double? {
    following > 0 ? Double(mutual) / Double(following) : nil
  }

  /// Followers followed back: mutual / followers, the share of its followers it follows back.
  public var followersFollowedBackRate: Double? {
    followers > 0 ? Double(mutual) / Double(followers) : nil
  }

  /// networkx's per-node reciprocity, 2·mutual / (followers + following).
  public var reciprocity: Double? {
    following + followers > 0 ? 2 * Double(mutual) / Double(following + followers) : nil
  }
}

extension FollowGraph {
  /// The number of accounts that both follow `account` and are followed by it.
  ///
  /// - Parameter account: An account index.
  /// - Returns: The number of mutual follows.
  /// - Complexity: O(*out* + *in*), a merge of two sorted lists.
  public func mutualCount(of account: Int) -> Int {
    let out = following(of: account)
    let into = followers(of: account)
    var i = out.startIndex
    var j = into.startIndex
    var count = 0
    while i < out.endIndex && j < into.endIndex {
      if out[i] == into[j] {
        count += 1
        i += 1
        j += 1
      } else if out[i] < into[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }

  /// Follow-back figures for every account, in index order.
  ///
  /// - Returns: One entry per account.
  /// - Complexity: O(*n* + *m*).
  public func accountReciprocity() -> [AccountReciprocity] {
    (0..<accountCount).map { account in
      AccountReciprocity(
        account: account, following: followingCount(of: account),
        followers: followersCount(of: account), mutual: mutualCount(of: account))
    }
  }

  /// Graph-wide reciprocity.
  ///
  /// - Parameter perAccount: Figures from ``accountReciprocity()``, when already computed.
  /// - Returns: The graph's figures.
  /// - Complexity: O(*n* + *m*).
  public func reciprocity(perAccount: [AccountReciprocity]? = nil) -> GraphReciprocity {
    let reciprocated =
      perAccount.map { $0.reduce(0) { $0 + $1.mutual } }
      ?? (0..<accountCount).reduce(0) { $0 + mutualCount(of: $1) }
    return GraphReciprocity(
      accounts: accountCount, follows: followCount, reciprocatedFollows: reciprocated,
      mutualPairs: reciprocated / 2)
  }
}
