import FollowAnalysis
import FollowImport
import FollowModel
import FollowTestSupport
import Foundation

/// Loads the shared reference graphs the way `followgraph import` reads them.
enum ReferenceGraphs {
  /// The follow graph of reference graph `name`, read by the edge-list parser.
  static func graph(_ name: String) throws -> FollowGraph {
    let path = ReferenceData.edgeFile(of: name).path
    let batch = try EdgeListFormat.parse(ImportSource(path: path), context: ParseContext())
    return FollowGraph(batch.follows)
  }

  /// The rows of `expected/per_account.csv` of reference graph `name`.
  static func perAccount(_ name: String) throws -> [[String: String]] {
    try ReferenceCSV.rows(ReferenceData.url("graphs/\(name)/expected/per_account.csv"))
  }
}
