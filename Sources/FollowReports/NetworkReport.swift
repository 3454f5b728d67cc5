import FollowAnalysis
import FollowModel

/// The follow-back etiquette of one export owner, with the accounts behind each list.
public struct OwnerReport: Sendable {
  /// The owner.
  public var owner: Account
  /// The owner's figures.
  public var etiquette: OwnerEtiquette
  /// Accounts the owner follows that do not follow back, sorted by id.
  public var notFollowingBack: [Account]
  /// Accounts following the owner that the owner does not follow, sorted by id.
  public var fans: [Account]
  /// Accounts following each other with the owner, sorted by id.
  public var mutuals: [Account]
  /// The non-reciprocators split into web famous, ordinary and unknown audience, when
  /// audience evidence was computed (see ``NetworkReport/addingFame(graph:accounts:criteria:whitelist:damping:)``).
  public var triage: FollowBackTriage?

  /// Assembles the report from the graph.
  ///
  /// - Parameters:
  ///   - owner: The owner's record.
  ///   - etiquette: The owner's figures, computed on `graph`.
  ///   - graph: The graph the figures were computed on.
  ///   - directory: Names and handles of the network's accounts.
  public init(
    owner: Account, etiquette: OwnerEtiquette, graph: FollowGraph, directory: AccountDirectory
  ) {
    self.owner = owner
    self.etiquette = etiquette
    func accounts(_ indexes: [Int]) -> [Account] {
      indexes.map { index in
        let id = graph.accountIDs[index]
        return directory[id] ?? Account(id: AccountID(network: graph.network, value: id))
      }.sorted { NativeIDOrder.areInIncreasingOrder($0.id.value, $1.id.value) }
    }
    notFollowingBack = accounts(etiquette.notFollowingBack)
    fans = accounts(etiquette.fans)
    mutuals = accounts(etiquette.mutuals)
  }
}

/// Everything the reciprocity outputs show for one network.
public struct NetworkReport: Sendable {
  /// The network.
  public var network: Network
  /// Graph-wide figures.
  public var graph: GraphReciprocity
  /// Per-account figures, in graph index order.
  public var perAccount: [AccountReciprocity]
  /// The native id of each graph index.
  public var accountIDs: [String]
  /// Names and handles.
  public var directory: AccountDirectory
  /// The export owners in this network, sorted by id.
  public var owners: [OwnerReport]
  /// PageRank of the network's accounts (by graph index), when computed.
  public var pageRank: PageRankResult?
  /// Audience evidence and web-famous accounts, when computed.
  public var fame: WebFameReport?

  /// Creates a report.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - graph: Graph-wide figures.
  ///   - perAccount: Per-account figures.
  ///   - accountIDs: The native id of each graph index.
  ///   - directory: Names and handles.
  ///   - owners: The export owners.
  public init(
    network: Network, graph: GraphReciprocity, perAccount: [AccountReciprocity],
    accountIDs: [String], directory: AccountDirectory, owners: [OwnerReport]
  ) {
    self.network = network
    self.graph = graph
    self.perAccount = perAccount
    self.accountIDs = accountIDs
    self.directory = directory
    self.owners = owners
  }

  /// Computes the report for a graph.
  ///
  /// - Parameters:
  ///   - graph: The network's follow graph.
  ///   - directory: Names and handles.
  ///   - owners: Each owner with whether its lists are known.
  /// - Returns: The report.
  /// - Complexity: O(*n* + *m*).
  public static func compute(
    graph: FollowGraph, directory: AccountDirectory,
    owners: [(account: Account, followingKnown: Bool, followersKnown: Bool)]
  ) -> NetworkReport {
    let perAccount = graph.accountReciprocity()
    var position: [String: Int] = [:]
    if !owners.isEmpty {
      for (index, id) in graph.accountIDs.enumerated() { position[id] = index }
    }
    let ownerReports = owners.map { owner in
      OwnerReport(
        owner: owner.account,
        etiquette: graph.etiquette(
          of: position[owner.account.id.value], followingKnown: owner.followingKnown,
          followersKnown: owner.followersKnown),
        graph: graph, directory: directory)
    }.sorted { NativeIDOrder.areInIncreasingOrder($0.owner.id.value, $1.owner.id.value) }
    return NetworkReport(
      network: graph.network, graph: graph.reciprocity(perAccount: perAccount),
      perAccount: perAccount, accountIDs: graph.accountIDs, directory: directory,
      owners: ownerReports)
  }

  /// Per-account rows sorted by account id.
  ///
  /// - Complexity: O(*n* log *n*) integer comparisons when ids are numeric.
  public var sortedPerAccount: [AccountReciprocity] {
    NativeIDOrder.sortedIndexes(perAccount.map { accountIDs[$0.account] }).map { perAccount[$0] }
  }
}

extension Account {
  /// `@handle (network:id)` when the handle is known, else `network:id`; for text output, so
  /// control and bidirectional characters from the export are escapes
  /// (``DisplayText/escaped(_:)``), never terminal commands.
  public var label: String {
    DisplayText.escaped(handle.map { "@\($0) (\(id))" } ?? id.description)
  }
}
