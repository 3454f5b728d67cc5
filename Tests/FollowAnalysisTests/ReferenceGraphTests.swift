import FollowAnalysis
import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// Every reference graph, parsed by the edge-list reader, gives networkx's and igraph's values.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct ReferenceGraphTests {
  private func load(_ name: String) throws -> (FollowGraph, ImportBatch) {
    let source = try ImportSource(path: ReferenceData.edgeFile(of: name).path)
    let batch = try EdgeListFormat.parse(source, context: ParseContext())
    return (FollowGraph(batch.follows), batch)
  }

  @Test(arguments: ReferenceData.graphNames)
  func graphWideFiguresMatchExpectedJSON(_ name: String) throws {
    let expected = try ReferenceCSV.jsonObject(
      ReferenceData.url("graphs/\(name)/expected/expected.json"))
    let (graph, batch) = try load(name)
    let r = graph.reciprocity()
    #expect(r.accounts == expected["accounts"] as? Int)
    #expect(r.follows == expected["follows"] as? Int)
    #expect(batch.counts.selfFollows == expected["self_follows"] as? Int)
    #expect(batch.counts.duplicateFollows == expected["duplicate_edges"] as? Int)
    #expect(r.reciprocatedFollows == expected["reciprocated_follows"] as? Int)
    #expect(r.mutualPairs == expected["mutual_pairs"] as? Int)
    for (value, key) in [
      (r.edgeReciprocity, "edge_reciprocity"), (r.pairReciprocity, "pair_reciprocity_igraph_ratio"),
      (r.rho, "garlaschelli_loffredo_rho"), (r.density, "density_no_loops"),
    ] {
      let want = try #require(expected[key] as? Double, "\(name): \(key) missing")
      let got = try #require(value, "\(name): \(key) undefined")
      #expect(abs(got - want) <= 1e-12, "\(name) \(key): \(got) vs \(want)")
    }
  }

  @Test(arguments: ReferenceData.graphNames)
  func everyAccountMatchesPerAccountCSV(_ name: String) throws {
    let rows = try ReferenceCSV.rows(ReferenceData.url("graphs/\(name)/expected/per_account.csv"))
    let (graph, _) = try load(name)
    let figures = graph.accountReciprocity()
    var position: [String: Int] = [:]
    for (index, id) in graph.accountIDs.enumerated() { position[id] = index }
    #expect(rows.count == graph.accountCount)
    var mismatches = 0
    for row in rows {
      let id = try #require(row["account"])
      guard let index = position[id] else {
        Issue.record("\(name): account \(id) missing from the graph")
        continue
      }
      let f = figures[index]
      let ints = [
        (f.following, "following"), (f.followers, "followers"), (f.mutual, "mutual"),
      ]
      for (value, key) in ints where Int(row[key] ?? "") != value {
        mismatches += 1
        Issue.record("\(name) \(id) \(key): \(value) vs \(row[key] ?? "nil")")
      }
      let ratios = [
        (f.followBackRate, "follow_back_rate"),
        (f.followersFollowedBackRate, "followers_followed_back_rate"),
        (f.reciprocity, "networkx_reciprocity"),
      ]
      for (value, key) in ratios {
        let cell = row[key] ?? ""
        switch (value, Double(cell)) {
        case (nil, nil) where cell.isEmpty: continue
        case (let got?, let want?) where abs(got - want) <= 1e-12: continue
        default:
          mismatches += 1
          Issue.record("\(name) \(id) \(key): \(String(describing: value)) vs '\(cell)'")
        }
      }
    }
    #expect(mismatches == 0)
  }
}
