import FollowAnalysis
import FollowModel
import FollowReports

/// `export`: one network's graph with each account's attributes, for graph tools.
///
/// Nodes are the accounts of the follow graph in native-id order (numbers numerically);
/// edges are the current follows, grouped by follower in the same order. Attributes: the
/// handle and display name, the imported audience counts where an export gave them, the
/// in-graph following, followers and mutual counts, the follow-back rate and per-account
/// reciprocity (networkx `reciprocity(G, n)`), PageRank, and whether the account is web
/// famous by the thresholds given. Undefined values (a rate over zero follows, an unknown
/// audience) are left out of the file rather than written as zero.
public enum GraphExport {
  /// The attributes, in the order the files declare them.
  public static let attributes: [GraphFile.Attribute] = [
    .init("handle", .string), .init("display_name", .string),
    .init("followers_count", .int), .init("following_count", .int), .init("posts_count", .int),
    .init("following", .int), .init("followers", .int), .init("mutual", .int),
    .init("follow_back_rate", .double), .init("reciprocity", .double),
    .init("pagerank", .double), .init("web_famous", .boolean),
  ]

  /// Builds the file for one network.
  ///
  /// - Parameters:
  ///   - store: The store to read.
  ///   - network: The network asked for, if any (default: the owner's or the only one).
  ///   - fame: Web-famous thresholds, the keep-list files and PageRank damping; the stored
  ///     keep-list is merged in (kept accounts are web famous by declaration).
  ///   - progress: Where to report the steps.
  /// - Returns: The graph file.
  /// - Throws: ``UseCaseError`` or the store's error.
  /// - Complexity: O(*n* log *n* + *m*) for *n* accounts and *m* follows, after the analysis.
  public static func graphFile(
    store: any FollowStoring, network requested: Network?, fame: FameSettings,
    progress: (any StepProgress)? = nil
  ) throws -> GraphFile {
    let (scope, graph) = try NetworkScope.resolveWithGraph(
      store: store, network: requested, selector: nil, fame: fame, progress: progress)
    let report = scope.report
    let famous = Set((report.fame?.accounts ?? []).filter(\.isWebFamous).map(\.id))
    let order = NativeIDOrder.sortedIndexes(graph.accountIDs)
    var position = [Int](repeating: 0, count: graph.accountCount)
    for (rank, index) in order.enumerated() { position[index] = rank }
    let nodes = order.map { index -> GraphFile.Node in
      let id = graph.accountIDs[index]
      let account = report.directory[id]
      let figures = report.perAccount[index]
      let values: [GraphFile.Value?] = [
        account?.handle.map { .string($0) }, account?.displayName.map { .string($0) },
        account?.followersCount.map { .int($0) }, account?.followingCount.map { .int($0) },
        account?.postsCount.map { .int($0) },
        .int(figures.following), .int(figures.followers), .int(figures.mutual),
        figures.followBackRate.map { .double($0) }, figures.reciprocity.map { .double($0) },
        report.pageRank.map { .double($0.scores[index]) },
        report.fame.map { _ in .boolean(famous.contains(id)) },
      ]
      return GraphFile.Node(id: id, label: account?.handle ?? id, values: values)
    }
    var edges: [(follower: Int, followed: Int)] = []
    edges.reserveCapacity(graph.followCount)
    for index in order {
      let targets = graph.following(of: index).map { position[Int($0)] }.sorted()
      for target in targets { edges.append((position[index], target)) }
    }
    return GraphFile(attributes: attributes, nodes: nodes, edges: edges)
  }
}
