import FollowAnalysis
import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// Complementary CDFs of degrees, as the HTML report draws them.
struct DegreeDistributionTests {
  @Test func ccdfCountsAccountsAtOrAboveEachDegree() {
    // Given five accounts with degrees 0, 1, 1, 3, 10
    // When the CCDF is computed
    let points = DegreeDistribution.ccdf([3, 0, 1, 10, 1])
    // Then P(X ≥ d) is taken over all five accounts, zeros included, one point per degree
    #expect(
      points == [
        CCDFPoint(degree: 1, share: 4.0 / 5), CCDFPoint(degree: 3, share: 2.0 / 5),
        CCDFPoint(degree: 10, share: 1.0 / 5),
      ])
  }

  @Test func emptyAndAllZeroInputsHaveNoPoints() {
    #expect(DegreeDistribution.ccdf([]).isEmpty)
    #expect(DegreeDistribution.ccdf([0, 0]).isEmpty)
  }

  @Test func graphCCDFsUseInAndOutDegrees() {
    // a → b, a → c, b → c, c → a: in-degrees a1 b1 c2; out-degrees a2 b1 c1
    var builder = FollowTableBuilder(network: .generic)
    for (from, to) in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")] {
      builder.add(follower: builder.index(of: from), followed: builder.index(of: to))
    }
    let graph = FollowGraph(builder.build().table)
    #expect(
      graph.followersCCDF() == [
        CCDFPoint(degree: 1, share: 1), CCDFPoint(degree: 2, share: 1.0 / 3),
      ])
    #expect(
      graph.followingCCDF() == [
        CCDFPoint(degree: 1, share: 1), CCDFPoint(degree: 2, share: 1.0 / 3),
      ])
  }

  @Test(
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)),
    arguments: ["snap-ego-12831", "us-senators"])
  func ccdfMatchesTheReferenceDegrees(graph name: String) throws {
    // Given a reference graph imported as an edge list, and networkx's degrees per account
    let source = try ImportSource(path: ReferenceData.edgeFile(of: name).path)
    let batch = try EdgeListFormat.parse(source, context: ParseContext())
    let graph = FollowGraph(batch.follows)
    let rows = try ReferenceCSV.rows(ReferenceData.url("graphs/\(name)/expected/per_account.csv"))
    let followers = rows.compactMap { $0["followers"].flatMap { Int($0) } }
    let following = rows.compactMap { $0["following"].flatMap { Int($0) } }
    try #require(followers.count == rows.count && following.count == rows.count)
    // Then the CCDFs from our graph equal those from the reference degrees
    #expect(graph.followersCCDF() == DegreeDistribution.ccdf(followers))
    #expect(graph.followingCCDF() == DegreeDistribution.ccdf(following))
  }
}
