import FollowAnalysis
import FollowModel
import FollowReports
import Foundation

/// What the analysis commands compute, one call each, over any store.
///
/// Each method takes plain option values (a network, an account selector, thresholds, dates)
/// and returns values that `FollowReports` renders; nothing here prints or writes files.
public struct FollowQueries: Sendable {
  /// The store read.
  public let store: any FollowStoring

  /// Creates the queries over `store`.
  ///
  /// - Parameter store: The store to read.
  public init(store: any FollowStoring) {
    self.store = store
  }

  /// `reciprocity`: the network's figures and the selected or only owner's, with triage.
  ///
  /// - Parameters:
  ///   - network: The network asked for, if any.
  ///   - account: The account asked for, if any.
  ///   - fame: Web-famous thresholds and the keep-list file (no PageRank); the stored
  ///     keep-list is merged in.
  ///   - placement: In memory, in the database (no triage), or chosen by size.
  ///   - progress: Where to report the steps.
  /// - Returns: The scope: network, owner and report.
  /// - Throws: ``UseCaseError`` or the store's error.
  public func reciprocity(
    network: Network?, account: AccountSelector?, fame: FameSettings,
    placement: AnalysisPlacement = .inMemory, progress: (any StepProgress)? = nil
  ) throws -> NetworkScope {
    if let analyser = try InDatabaseAnalysis.analyser(store: store, placement: placement) {
      return try InDatabaseAnalysis.scope(
        store: store, analyser: analyser, network: network, selector: account,
        progress: progress)
    }
    return try NetworkScope.resolve(
      store: store, network: network, selector: account,
      fame: try KeepList.merged(fame, store: store), progress: progress)
  }

  /// `accounts`: every account's figures and PageRank.
  ///
  /// - Parameters:
  ///   - network: The network asked for, if any.
  ///   - damping: The PageRank damping factor.
  ///   - progress: Where to report the steps.
  /// - Returns: The network's report.
  /// - Throws: ``UseCaseError`` or the store's error.
  public func accounts(
    network: Network?, damping: Double, progress: (any StepProgress)? = nil
  ) throws -> NetworkReport {
    try NetworkScope.resolve(
      store: store, network: network, selector: nil, fame: .pageRankOnly(damping: damping),
      progress: progress
    ).report
  }

  /// `famous`: the audience evidence of every account of the network.
  ///
  /// - Parameters:
  ///   - network: The network asked for, if any.
  ///   - fame: Thresholds, the keep-list file and PageRank damping; the stored keep-list is
  ///     merged in.
  /// - Returns: The evidence.
  /// - Throws: ``UseCaseError`` or the store's error.
  public func famous(network: Network?, fame: FameSettings) throws -> WebFameReport? {
    try NetworkScope.resolve(
      store: store, network: network, selector: nil,
      fame: try KeepList.merged(fame, store: store)
    ).report.fame
  }

  /// Which keep-list `famous` uses: the files given and the database's list, merged.
  ///
  /// - Parameter files: The `--keep`/`--whitelist` files, joined; `nil` when none.
  /// - Returns: The description the output shows.
  /// - Throws: The store's error.
  public func keepListUse(files: String?) throws -> KeepListUse {
    KeepListUse(files: files, storedEntries: try store.keepList().count)
  }

  /// `changes`: what changed between consecutive snapshots of an export owner.
  ///
  /// - Parameters:
  ///   - account: The owner asked for; `nil` for the only export owner.
  ///   - since: Keep only periods ending after this instant.
  /// - Returns: The owner's history.
  /// - Throws: ``UseCaseError`` or the store's error.
  public func changes(account: AccountSelector?, since: Date?) throws -> OwnerChanges {
    let owner = try OwnerHistory.owner(store: store, selector: account)
    return try OwnerHistory.load(store: store, owner: owner, since: since)
  }

  /// `topics`: topic focus of the posts in scope.
  ///
  /// - Parameters:
  ///   - network: The network whose posts count, if any.
  ///   - account: The account to show, if any.
  ///   - options: Themes or discovery settings.
  /// - Returns: The analysis with the accounts' names.
  /// - Throws: The store's error or `AnalysisError`.
  public func topics(network: Network?, account: AccountSelector?, options: TopicOptions) throws
    -> TopicReport
  {
    try TopicScope.load(store: store, network: network, selector: account, options: options)
  }

  /// `summary`: what the store holds.
  ///
  /// - Returns: The summary.
  /// - Throws: The store's error.
  public func summary() throws -> DatabaseSummary {
    try store.summary()
  }

  /// `report`: everything the report files show.
  ///
  /// - Parameters:
  ///   - asOf: The report date.
  ///   - fame: Web-famous thresholds, the keep-list file and PageRank damping; the stored
  ///     keep-list is merged in.
  ///   - topics: Themes or topic discovery settings.
  ///   - progress: Where to report the steps.
  /// - Returns: The report's input.
  /// - Throws: The store's error or `AnalysisError`.
  public func report(
    asOf: Date, fame: FameSettings, topics: TopicOptions, progress: (any StepProgress)? = nil
  ) throws -> ReportInput {
    try ReportAssembly.load(
      store: store, asOf: asOf, fame: try KeepList.merged(fame, store: store), topics: topics,
      progress: progress)
  }
}
