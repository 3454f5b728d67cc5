import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore

/// Works out which network and owner an analysis command is about, and loads its report.
struct Scope {
  let database: FollowDatabase
  let network: Network
  /// The account the user selected or the single export owner of the network.
  let owner: OwnerReport?
  let report: NetworkReport

  /// Resolves `--network` and `--account` against the database and computes the report.
  ///
  /// Without `--account`, the owner is the network's only export owner, if it has exactly one.
  /// Without `--network`, the network is the selected account's, the only owner's, or the only
  /// network in the database.
  static func load(
    database: FollowDatabase, network requested: Network?, selector: AccountSelector?,
    fame: FameSettings? = nil, progress: ProgressBar? = nil
  ) throws -> Scope {
    let owners = try database.owners()
    var network = requested
    var selected: AccountID?
    if let selector {
      let id = try database.resolve(selector, network: network)
      selected = id
      network = id.network
    }
    if network == nil {
      if owners.count == 1 {
        network = owners[0].account.id.network
      } else {
        let networks = try database.networks().map(\.network)
        guard networks.count <= 1 else {
          throw StoreError.networkRequired(available: networks.map(\.rawValue))
        }
        network = networks.first ?? .generic
      }
    }
    let chosen = network ?? .generic
    let networkOwners = owners.filter { $0.account.id.network == chosen }
    let (report, graph) = try loadWithGraph(
      database: database, network: chosen, owners: networkOwners, fame: fame, progress: progress)
    if selected == nil && networkOwners.count == 1 {
      selected = networkOwners[0].account.id
    }
    var owner = report.owners.first { $0.owner.id == selected }
    if owner == nil, let selected {
      // A selected account that owns no export: its lists are whatever the graph holds.
      let directory = report.directory
      let account = directory[selected.value] ?? Account(id: selected)
      owner = OwnerReport(
        owner: account, etiquette: graph.etiquette(of: graph.index(of: selected.value)),
        graph: graph, directory: directory)
      if let evidence = report.fame { owner = owner?.addingTriage(graph: graph, fame: evidence) }
    }
    return Scope(database: database, network: chosen, owner: owner, report: report)
  }

  /// The report of one network, with its export owners.
  static func load(
    database: FollowDatabase, network: Network, owners: [OwnerRecord], fame: FameSettings? = nil,
    progress: ProgressBar? = nil
  ) throws -> NetworkReport {
    try loadWithGraph(
      database: database, network: network, owners: owners, fame: fame, progress: progress
    ).report
  }

  /// The report of one network and the graph it was computed on.
  private static func loadWithGraph(
    database: FollowDatabase, network: Network, owners: [OwnerRecord], fame: FameSettings?,
    progress: ProgressBar?
  ) throws -> (report: NetworkReport, graph: FollowGraph) {
    progress?.phase("loading follows")
    var rowsRead: (@Sendable (Int) -> Void)?
    if let progress {
      rowsRead = { rows in progress.update("loading follows", rows: rows, of: 0) }
    }
    let table = try database.followTable(network: network, progress: rowsRead)
    progress?.phase("building the graph")
    let graph = FollowGraph(table)
    progress?.phase("loading accounts")
    let accounts = try database.accounts(network: network)
    let directory = AccountDirectory(accounts)
    progress?.phase("computing reciprocity")
    let report = NetworkReport.compute(
      graph: graph, directory: directory,
      owners: owners.map { ($0.account, $0.listsFollowing, $0.listsFollowers) })
    return (fame?.apply(to: report, graph: graph, accounts: accounts) ?? report, graph)
  }
}
