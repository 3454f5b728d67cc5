/// A store that can analyse a network's follow graph itself, by SQL on its server, for graphs
/// that do not fit in memory (issue 17): counts, reciprocity, follow-back figures and PageRank,
/// streaming only the results back.
///
/// The figures are those of the in-memory `FollowGraph` (FollowAnalysis) on the same network:
/// the canonical graph of distinct follows between accounts of the network, self-follows
/// dropped; its accounts are those with at least one such follow.
public protocol InDatabaseAnalysing: Sendable {
  /// The number of follows stored, all networks together: a cheap size figure (the planner's
  /// estimate when the table has been analysed) to choose between memory and database.
  ///
  /// - Returns: The number of follow rows, possibly estimated.
  /// - Throws: The store's error on read failure.
  func storedFollowEstimate() throws -> Int

  /// The graph-wide counts of a network.
  ///
  /// - Parameter network: The network.
  /// - Returns: Accounts, follows and reciprocated follows.
  /// - Throws: The store's error on read failure.
  func reciprocityCounts(network: Network) throws -> ReciprocityCounts

  /// Streams the follow-back counts of every account of a network's graph, by account row
  /// (the order of the in-memory graph's indexes), without holding them in memory.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - body: Receives each account's counts, in order; runs on the store's own thread.
  /// - Throws: The store's error, or what `body` threw.
  func forEachAccountCounts(
    network: Network, _ body: @escaping @Sendable (AccountFollowCounts) throws -> Void) throws

  /// Streams every account's counts and, when `pageRank` is given, its PageRank score, in
  /// the order of `NativeIDOrder` (numeric ids by value first, then the others by bytes), as
  /// `followgraph accounts` lists them.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - pageRank: How to compute PageRank, or `nil` to leave it out.
  ///   - body: Receives each account's counts and score; runs on the store's own thread.
  /// - Returns: How PageRank ended, when computed.
  /// - Throws: The store's error, or what `body` threw.
  func forEachAccountRow(
    network: Network, pageRank: PageRankSettings?,
    _ body: @escaping @Sendable (AccountFollowCounts, Double?) throws -> Void
  ) throws -> PageRankRun?

  /// The stored record of one account.
  ///
  /// - Parameter id: The account.
  /// - Returns: The record, or `nil` when the account is not stored.
  /// - Throws: The store's error on read failure.
  func account(_ id: AccountID) throws -> Account?

  /// The accounts one account follows and is followed by, inside its network.
  ///
  /// - Parameter account: The account.
  /// - Returns: Both lists, each sorted by native id.
  /// - Throws: The store's error on read failure.
  func followLists(of account: AccountID) throws -> FollowLists

  /// PageRank of a network's graph, computed on the server, as the in-memory `pageRank`
  /// computes it (uniform start and teleport, dangling rank spread uniformly, L1 stopping
  /// rule, scores normalised to sum to 1).
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - settings: Damping, tolerance and iteration cap.
  ///   - scores: Receives every account's native id and score, by account row; `nil` to keep
  ///     the scores on the server.
  /// - Returns: How the iteration went.
  /// - Throws: The store's error, or what `scores` threw.
  func pageRank(
    network: Network, settings: PageRankSettings,
    scores: (@Sendable (_ id: String, _ score: Double) throws -> Void)?
  ) throws -> PageRankRun
}

/// The graph-wide counts behind reciprocity, computed by a store.
public struct ReciprocityCounts: Equatable, Sendable {
  /// Accounts with at least one follow.
  public var accounts: Int
  /// Distinct follows.
  public var follows: Int
  /// Follows whose reverse follow also exists.
  public var reciprocatedFollows: Int

  /// Creates counts.
  ///
  /// - Parameters:
  ///   - accounts: Accounts with a follow.
  ///   - follows: Distinct follows.
  ///   - reciprocatedFollows: Follows whose reverse exists.
  public init(accounts: Int, follows: Int, reciprocatedFollows: Int) {
    self.accounts = accounts
    self.follows = follows
    self.reciprocatedFollows = reciprocatedFollows
  }
}

/// One account's follow-back counts, computed by a store.
public struct AccountFollowCounts: Equatable, Sendable {
  /// The account's native id.
  public var id: String
  /// Accounts it follows.
  public var following: Int
  /// Accounts following it.
  public var followers: Int
  /// Accounts both.
  public var mutual: Int
  /// The account's handle, when the store has one and was asked for it.
  public var handle: String?

  /// Creates counts.
  ///
  /// - Parameters:
  ///   - id: The native id.
  ///   - following: Out-degree.
  ///   - followers: In-degree.
  ///   - mutual: Mutual follows.
  ///   - handle: The handle, if any.
  public init(id: String, following: Int, followers: Int, mutual: Int, handle: String? = nil) {
    self.id = id
    self.following = following
    self.followers = followers
    self.mutual = mutual
    self.handle = handle
  }
}

/// The accounts one account follows and is followed by.
public struct FollowLists: Equatable, Sendable {
  /// Accounts it follows, by native id.
  public var following: [Account]
  /// Accounts following it, by native id.
  public var followers: [Account]

  /// Creates the lists.
  ///
  /// - Parameters:
  ///   - following: Accounts followed.
  ///   - followers: Followers.
  public init(following: [Account], followers: [Account]) {
    self.following = following
    self.followers = followers
  }
}

/// How PageRank iterates.
public struct PageRankSettings: Equatable, Sendable {
  /// The probability of following a link (networkx `alpha`).
  public var damping: Double
  /// The L1 change below which the iteration has converged.
  public var tolerance: Double
  /// The iteration cap.
  public var maxIterations: Int

  /// Creates settings; the defaults are the in-memory PageRank's.
  ///
  /// - Parameters:
  ///   - damping: The damping factor.
  ///   - tolerance: The L1 tolerance.
  ///   - maxIterations: The iteration cap.
  public init(damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1_000) {
    self.damping = damping
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }
}

/// How a PageRank computed by a store ended.
public struct PageRankRun: Equatable, Sendable {
  /// Accounts ranked.
  public var accounts: Int
  /// Iterations run.
  public var iterations: Int
  /// The L1 change of the last iteration.
  public var lastChange: Double
  /// Whether the change fell below the tolerance before the cap.
  public var converged: Bool
  /// Seconds spent preparing (degrees, start vector).
  public var setupSeconds: Double
  /// Seconds spent in the iterations, all together.
  public var iterationSeconds: Double

  /// Creates a run.
  ///
  /// - Parameters:
  ///   - accounts: Accounts ranked.
  ///   - iterations: Iterations run.
  ///   - lastChange: The last L1 change.
  ///   - converged: Whether the tolerance was reached.
  ///   - setupSeconds: Preparation time.
  ///   - iterationSeconds: Iteration time.
  public init(
    accounts: Int, iterations: Int, lastChange: Double, converged: Bool, setupSeconds: Double,
    iterationSeconds: Double
  ) {
    self.accounts = accounts
    self.iterations = iterations
    self.lastChange = lastChange
    self.converged = converged
    self.setupSeconds = setupSeconds
    self.iterationSeconds = iterationSeconds
  }
}
