import FollowAnalysis
import FollowModel
import Testing

struct AccountReciprocityTests {
  private func graph(_ pairs: [(String, String)]) -> FollowGraph {
    var builder = FollowTableBuilder(network: .generic)
    for (from, to) in pairs { builder.add(follower: from, followed: to) }
    return FollowGraph(builder.build().table)
  }

  @Test func perAccountFigures() throws {
    // Given: a follows b, c, d; b and c follow a back; e follows a.
    let g = graph([("a", "b"), ("a", "c"), ("a", "d"), ("b", "a"), ("c", "a"), ("e", "a")])
    let a = try #require(g.index(of: "a"))
    // When
    let row = g.accountReciprocity()[a]
    // Then
    #expect(row.following == 3)
    #expect(row.followers == 3)
    #expect(row.mutual == 2)
    #expect(row.followBackRate == 2.0 / 3.0)
    #expect(row.followersFollowedBackRate == 2.0 / 3.0)
    #expect(row.reciprocity == 4.0 / 6.0)
  }

  @Test func accountWithoutFollowingHasNoFollowBackRate() throws {
    let g = graph([("a", "b")])
    let b = try #require(g.index(of: "b"))
    let row = g.accountReciprocity()[b]
    #expect(row.following == 0)
    #expect(row.followBackRate == nil)
    #expect(row.followersFollowedBackRate == 0)
    #expect(row.reciprocity == 0)
  }

  @Test func ownerEtiquetteListsAndUnknownFollowers() throws {
    let g = graph([("me", "x"), ("me", "y"), ("x", "me"), ("z", "me")])
    let me = try #require(g.index(of: "me"))
    let known = g.etiquette(of: me)
    #expect(known.following == 2)
    #expect(known.followers == 2)
    #expect(known.mutual == 1)
    #expect(known.notFollowingBack.map { g.accountIDs[$0] } == ["y"])
    #expect(known.fans.map { g.accountIDs[$0] } == ["z"])
    #expect(known.mutuals.map { g.accountIDs[$0] } == ["x"])
    #expect(known.followBackRate == 0.5)
    // When the export does not list followers, rates and non-reciprocators are unknown.
    let unknown = g.etiquette(of: me, followingKnown: true, followersKnown: false)
    #expect(unknown.followBackRate == nil)
    #expect(unknown.followersFollowedBackRate == nil)
    #expect(unknown.notFollowingBack.isEmpty)
    #expect(unknown.fans.map { g.accountIDs[$0] } == ["z"])
  }

  @Test func ownerWithoutFollowsInTheGraph() {
    let e = graph([("a", "b")]).etiquette(of: nil)
    #expect(e.following == 0)
    #expect(e.followBackRate == nil)
  }
}
