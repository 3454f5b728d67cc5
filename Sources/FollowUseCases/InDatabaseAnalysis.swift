import FollowAnalysis
import FollowModel
import FollowReports

/// Where a network is analysed: in this process's memory or by SQL on the database server.
public enum AnalysisPlacement: String, Sendable, CaseIterable {
  /// In memory up to ``InDatabaseAnalysis/inMemoryFollowLimit`` stored follows, in the
  /// database above it when the store can (SQLite is always analysed in memory).
  case automatic
  /// Load the network into the in-memory graph (`--in-memory`).
  case inMemory
  /// Compute on the server, streaming only results back (`--in-database`).
  case inDatabase
}

/// The analyses computed by the store itself (``InDatabaseAnalysing``, PostgreSQL), for graphs
/// that do not fit in memory: the same figures as ``NetworkAnalysis`` on the in-memory graph,
/// without loading the graph.
public enum InDatabaseAnalysis {
  /// Stored follows above which `automatic` analyses in the database: 25 million.
  ///
  /// The in-memory path grows linearly: `reciprocity --in-memory` from PostgreSQL peaked at
  /// 88 bytes per follow on the benchmark's M (1,671 MiB for 20 million follows; README
  /// "Scaling out"), the SQLite whole path at 2,042 MiB; so this keeps an in-memory analysis
  /// near 2.1–2.5 GiB, and every graph up to M in memory, where it is faster.
  public static let inMemoryFollowLimit = 25_000_000

  /// The store to analyse in, or `nil` to analyse in memory.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - placement: What the user asked for.
  /// - Returns: The store as an in-database analyser when the analysis runs there.
  /// - Throws: ``UseCaseError/inDatabaseUnsupported`` when `inDatabase` is asked of a store
  ///   that cannot (SQLite); the store's error on read failure.
  public static func analyser(store: any FollowStoring, placement: AnalysisPlacement) throws
    -> (any InDatabaseAnalysing)?
  {
    switch placement {
    case .inMemory: return nil
    case .inDatabase:
      guard let analyser = store as? any InDatabaseAnalysing else {
        throw UseCaseError.inDatabaseUnsupported
      }
      return analyser
    case .automatic:
      guard let analyser = store as? any InDatabaseAnalysing else { return nil }
      return try analyser.storedFollowEstimate() > inMemoryFollowLimit ? analyser : nil
    }
  }

  /// The graph-wide figures of a network.
  ///
  /// - Parameters:
  ///   - analyser: The store.
  ///   - network: The network.
  /// - Returns: The same figures as `FollowGraph.reciprocity()`.
  /// - Throws: The store's error.
  public static func reciprocity(_ analyser: any InDatabaseAnalysing, network: Network) throws
    -> GraphReciprocity
  {
    let counts = try analyser.reciprocityCounts(network: network)
    return GraphReciprocity(
      accounts: counts.accounts, follows: counts.follows,
      reciprocatedFollows: counts.reciprocatedFollows,
      mutualPairs: counts.reciprocatedFollows / 2)
  }

  /// The `reciprocity` scope computed in the database: the network's figures and the etiquette
  /// of its export owners and of the selected account, without web-famous triage (which needs
  /// every account's audience and the in-memory graph).
  ///
  /// - Parameters:
  ///   - store: The store (owners, selectors).
  ///   - analyser: The same store, analysing.
  ///   - network: The network asked for, if any.
  ///   - selector: The account asked for, if any.
  ///   - progress: Where to report the steps.
  /// - Returns: The scope; its report has no per-account rows (stream them with
  ///   ``InDatabaseAnalysing/forEachAccountCounts(network:_:)``).
  /// - Throws: ``UseCaseError`` or the store's error.
  /// - Complexity: O(*m*) on the server; O(*d*) here for the owners' degrees *d*.
  public static func scope(
    store: any FollowStoring, analyser: any InDatabaseAnalysing, network requested: Network?,
    selector: AccountSelector?, progress: (any StepProgress)? = nil
  ) throws -> NetworkScope {
    var (network, selected, owners) = try NetworkScope.choose(
      store: store, network: requested, selector: selector)
    progress?.phase("computing reciprocity in the database")
    let graph = try reciprocity(analyser, network: network)
    progress?.phase("reading the owners' follows")
    let ownerReports = try owners.map { owner in
      try ownerReport(
        owner.account, followingKnown: owner.listsFollowing,
        followersKnown: owner.listsFollowers, analyser: analyser)
    }.sorted { NativeIDOrder.areInIncreasingOrder($0.owner.id.value, $1.owner.id.value) }
    if selected == nil && owners.count == 1 { selected = owners[0].account.id }
    var owner = ownerReports.first { $0.owner.id == selected }
    if owner == nil, let selected {
      let account = try analyser.account(selected) ?? Account(id: selected)
      owner = try ownerReport(
        account, followingKnown: true, followersKnown: true, analyser: analyser)
    }
    let report = NetworkReport(
      network: network, graph: graph, perAccount: [], accountIDs: [],
      directory: AccountDirectory([]), owners: ownerReports)
    return NetworkScope(network: network, owner: owner, report: report)
  }

  /// One account's etiquette from its two lists, as `FollowGraph.etiquette(of:)` computes it.
  ///
  /// The etiquette's index lists refer to positions in the account's own sorted lists, not to
  /// a graph (there is none); the report's account lists are what renderers show.
  ///
  /// - Complexity: O(*d* log *d*) for the account's degree *d*.
  static func ownerReport(
    _ owner: Account, followingKnown: Bool, followersKnown: Bool,
    analyser: any InDatabaseAnalysing
  ) throws -> OwnerReport {
    let lists = try analyser.followLists(of: owner.id)
    let followingIDs = Set(lists.following.map(\.id.value))
    let followerIDs = Set(lists.followers.map(\.id.value))
    func sorted(_ accounts: [Account]) -> [Account] {
      accounts.sorted { NativeIDOrder.areInIncreasingOrder($0.id.value, $1.id.value) }
    }
    let mutuals = sorted(lists.following.filter { followerIDs.contains($0.id.value) })
    let onlyOut = sorted(lists.following.filter { !followerIDs.contains($0.id.value) })
    let onlyIn = sorted(lists.followers.filter { !followingIDs.contains($0.id.value) })
    let hasFollows = !lists.following.isEmpty || !lists.followers.isEmpty
    let etiquette = OwnerEtiquette(
      account: hasFollows ? 0 : nil, followingKnown: followingKnown,
      followersKnown: followersKnown, following: lists.following.count,
      followers: lists.followers.count, mutual: mutuals.count,
      notFollowingBack: followersKnown ? Array(0..<onlyOut.count) : [],
      fans: followingKnown ? Array(0..<onlyIn.count) : [], mutuals: Array(0..<mutuals.count))
    return OwnerReport(
      owner: owner, etiquette: etiquette, notFollowingBack: followersKnown ? onlyOut : [],
      fans: followingKnown ? onlyIn : [], mutuals: mutuals)
  }
}
