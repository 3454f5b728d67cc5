import FollowAnalysis
import FollowModel
import FollowReports

/// Which network and owner an analysis is about, with the network's report.
public struct NetworkScope: Sendable {
  /// The network.
  public let network: Network
  /// The account the user selected or the single export owner of the network.
  public let owner: OwnerReport?
  /// The network's report.
  public let report: NetworkReport

  /// Resolves a network and an account selector against the store and computes the report.
  ///
  /// Without `selector`, the owner is the network's only export owner, if it has exactly one.
  /// Without `network`, the network is the selected account's, the only owner's, or the only
  /// network in the store.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - requested: The network asked for (`--network`), if any.
  ///   - selector: The account asked for (`--account`), if any.
  ///   - fame: Web-famous evidence and PageRank to add, if any.
  ///   - progress: Where to report the steps.
  /// - Returns: The scope.
  /// - Throws: ``UseCaseError/networkRequired(available:)`` when the store holds several
  ///   networks and nothing chooses one; the store's error when the selector matches no
  ///   account or several.
  public static func resolve(
    store: any FollowStoring, network requested: Network?, selector: AccountSelector?,
    fame: FameSettings? = nil, progress: (any StepProgress)? = nil
  ) throws -> NetworkScope {
    try resolveWithGraph(
      store: store, network: requested, selector: selector, fame: fame, progress: progress
    ).scope
  }

  /// Resolves the scope like ``resolve(store:network:selector:fame:progress:)`` and also
  /// returns the graph it was computed on, so that callers needing the graph (`likely`,
  /// `export`) do not load the network a second time.
  static func resolveWithGraph(
    store: any FollowStoring, network requested: Network?, selector: AccountSelector?,
    fame: FameSettings? = nil, progress: (any StepProgress)? = nil
  ) throws -> (scope: NetworkScope, graph: FollowGraph) {
    let (chosen, selectedAccount, networkOwners) = try choose(
      store: store, network: requested, selector: selector)
    var selected = selectedAccount
    let (report, graph) = try loadWithGraph(
      store: store, network: chosen, owners: networkOwners, fame: fame, progress: progress)
    if selected == nil && networkOwners.count == 1 {
      selected = networkOwners[0].account.id
    }
    var owner = report.owners.first { $0.owner.id == selected }
    if owner == nil, let selected {
      // A selected account that owns no export: its lists are whatever the graph holds.
      let directory = report.directory
      let account = directory[selected.value] ?? Account(id: selected)
      var built = NetworkAnalysis.ownerReport(
        account, etiquette: graph.etiquette(of: graph.index(of: selected.value)),
        graph: graph, directory: directory)
      if let evidence = report.fame {
        built = NetworkAnalysis.addingTriage(to: built, graph: graph, fame: evidence)
      }
      owner = built
    }
    return (NetworkScope(network: chosen, owner: owner, report: report), graph)
  }

  /// The network an analysis is about, the account selected (if any) and the network's export
  /// owners: the selected account's network, else the one asked for, the only owner's, or the
  /// only network in the store.
  ///
  /// - Throws: ``UseCaseError/networkRequired(available:)`` when nothing chooses among several
  ///   networks; the store's error when the selector matches no account or several.
  static func choose(
    store: any FollowStoring, network requested: Network?, selector: AccountSelector?
  ) throws -> (network: Network, selected: AccountID?, owners: [OwnerRecord]) {
    let owners = try store.owners()
    var network = requested
    var selected: AccountID?
    if let selector {
      let id = try store.resolve(selector, network: network)
      selected = id
      network = id.network
    }
    if network == nil {
      if owners.count == 1 {
        network = owners[0].account.id.network
      } else {
        let networks = try store.networks().map(\.network)
        guard networks.count <= 1 else {
          throw UseCaseError.networkRequired(available: networks.map(\.rawValue))
        }
        network = networks.first ?? .generic
      }
    }
    let chosen = network ?? .generic
    return (chosen, selected, owners.filter { $0.account.id.network == chosen })
  }

  /// The report of one network as `followgraph report` shows it: with its export owners and
  /// its degree distributions.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - network: The network.
  ///   - owners: The network's export owners.
  ///   - fame: Web-famous evidence and PageRank to add, if any.
  ///   - progress: Where to report the steps.
  /// - Returns: The report.
  /// - Throws: The store's error on read failure.
  public static func report(
    store: any FollowStoring, network: Network, owners: [OwnerRecord],
    fame: FameSettings? = nil, progress: (any StepProgress)? = nil
  ) throws -> NetworkReport {
    NetworkAnalysis.addingDegreeDistributions(
      to: try loadWithGraph(
        store: store, network: network, owners: owners, fame: fame, progress: progress
      ).report)
  }

  /// The report of one network and the graph it was computed on.
  static func loadWithGraph(
    store: any FollowStoring, network: Network, owners: [OwnerRecord], fame: FameSettings?,
    progress: (any StepProgress)?
  ) throws -> (report: NetworkReport, graph: FollowGraph) {
    progress?.phase("loading follows")
    var rowsRead: (@Sendable (Int) -> Void)?
    if let progress {
      rowsRead = { rows in progress.update("loading follows", rows: rows, of: 0) }
    }
    let table = try store.followTable(network: network, progress: rowsRead)
    progress?.phase("building the graph")
    let graph = FollowGraph(table)
    progress?.phase("loading accounts")
    let accounts = try store.accounts(network: network)
    let directory = AccountDirectory(accounts)
    progress?.phase("computing reciprocity")
    let report = NetworkAnalysis.report(
      graph: graph, directory: directory,
      owners: owners.map { ($0.account, $0.listsFollowing, $0.listsFollowers) })
    guard let fame else { return (report, graph) }
    let inactivity = InactivityRule(
      days: fame.inactiveDays,
      referenceDate: fame.asOf ?? owners.compactMap(\.lastObservedAt).max())
    return (
      NetworkAnalysis.addingFame(
        to: report, graph: graph, accounts: accounts, fame: fame, inactivity: inactivity),
      graph
    )
  }
}
