import FollowAnalysis
import FollowModel
import FollowReports
import FollowUseCases
import Testing

/// An owner whose export lists no followers (Mastodon, Bluesky) gets undefined figures, not 0.
struct UnknownFollowersTests {
  /// The owner `me@social.example` follows a and b; b follows a; no list of followers.
  private func report() -> NetworkReport {
    var builder = FollowTableBuilder(network: .mastodon)
    builder.add(follower: "me@social.example", followed: "a@x.test")
    builder.add(follower: "me@social.example", followed: "b@x.test")
    builder.add(follower: "b@x.test", followed: "a@x.test")
    let graph = FollowGraph(builder.build().table)
    let owner = Account(id: AccountID(network: .mastodon, value: "me@social.example"), handle: "me")
    return NetworkAnalysis.report(
      graph: graph, directory: AccountDirectory([owner]),
      owners: [(owner, followingKnown: true, followersKnown: false)])
  }

  @Test func textSaysFollowersAreUnknown() {
    let text = ReciprocityRenderer.text(report(), owner: report().owners.first)
    #expect(text.contains("followers                unknown  the export does not list followers"))
    #expect(text.contains("mutual                   unknown"))
    #expect(text.contains("follow-back rate             n/a"))
    #expect(text.contains("fans                     unknown"))
  }

  @Test func jsonHasNullsAndTheFlags() {
    let json = ReciprocityRenderer.json(report(), owner: report().owners.first).render()
    #expect(json.contains("\"followers\": null"))
    #expect(json.contains("\"mutual\": null"))
    #expect(json.contains("\"follow_back_rate\": null"))
    #expect(json.contains("\"followers_known\": false"))
    #expect(json.contains("\"following\": 2"))
  }

  @Test func csvHasEmptyCellsAndTheFlags() {
    let csv = ReciprocityRenderer.csv(report(), owner: report().owners.first).render()
    #expect(csv.contains("account,me@social.example,followers,,"))
    #expect(csv.contains("account,me@social.example,follow_back_rate,,"))
    #expect(csv.contains("account,me@social.example,followers_known,0,"))
    #expect(csv.contains("account,me@social.example,following_known,1,"))
  }

  @Test func accountsTableLeavesTheOwnersFollowerFiguresEmpty() {
    let rows = AccountsRenderer.csv([report()]).render().split(separator: "\n")
    // The owner: following 2 is known; followers, mutual and the ratios are not.
    // (pagerank is empty: this report was computed without PageRank)
    #expect(rows.contains("me@social.example,2,,,,,,,me,mastodon"))
    // Other accounts keep their graph figures.
    #expect(rows.contains("b@x.test,1,1,0,0.0,0.0,0.0,,,mastodon"))
  }
}
