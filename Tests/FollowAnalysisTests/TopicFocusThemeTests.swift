import FollowAnalysis
import FollowModel
import Foundation
import Testing

/// Theme matching on a hand-made set whose shares are worked out by hand.
struct TopicFocusThemeTests {
  static func post(
    _ author: String, _ id: String, _ day: String, _ text: String, repost: Bool = false
  )
    -> Post
  {
    Post(
      id: id, author: AccountID(network: .generic, value: author),
      createdAt: UTCTime.parse(day) ?? Date(timeIntervalSince1970: 0), text: text, isRepost: repost)
  }

  static let posts: [Post] = [
    // alice: 7 posts; 1 repost and 1 link-only post are left out, 5 are considered.
    post("alice", "a7", "2024-02-15", "What a goal! Brand ambassadors at the #WorldCup"),
    post("alice", "a1", "2024-01-05", "Our new #SEO guide for brands"),
    post("alice", "a2", "2024-01-20", "Watching football tonight"),
    post(
      "alice", "a3", "2024-02-02",
      "Content marketing tips: the brand story matters #contentmarketing"),
    post("alice", "a4", "2024-02-10", "Lunch was great"),
    post("alice", "a5", "2024-02-11", "https://example.com/lunch"),
    post("alice", "a6", "2024-02-12", "RT @bob: brand goal", repost: true),
    // bob: always on marketing.
    post("bob", "b1", "2024-03-01", "Brand brand brand"),
    post("bob", "b2", "2024-03-02", "#ContentMarketing"),
    // carol: only a repost.
    post("carol", "c1", "2024-03-03", "RT @alice: #seo", repost: true),
  ]

  static func themes() throws -> [Theme] {
    [
      try Theme(parsing: "marketing=marketing,brand,seo,#contentmarketing"),
      try Theme(parsing: "sports=football,#worldcup,goal"),
    ]
  }

  @Test func sharesFocusEntropyAndDriftAreExact() throws {
    // When alice, bob and carol are analysed on two themes
    let analysis = try TopicFocus.analyze(
      posts: Self.posts, options: TopicOptions(themes: Self.themes()))
    #expect(analysis.accounts.map(\.account.value) == ["alice", "bob", "carol"])
    let alice = analysis.accounts[0]
    // Then alice's counts: 7 read, 1 repost and 1 link-only post left out
    #expect(
      (alice.postsTotal, alice.repostsExcluded, alice.emptyPosts, alice.posts) == (7, 1, 1, 5))
    // Marketing is in a1 (seo, brand), a3 (marketing, brand, #contentmarketing), a7 (brand):
    // 3 of 5; sports in a2 (football), a7 (goal): 2 of 5; a theme at all in 4 of 5.
    #expect(alice.themeShares == [0.6, 0.4])
    #expect(alice.anyThemeShare == 0.8)
    // Best theme per post: a1, a3 marketing; a2 sports; a7 sports (2 occurrences vs 1).
    #expect(alice.topicShares == [0.4, 0.4])
    #expect(alice.dominantTopic == 0)
    #expect(alice.focus == 0.4)
    let p = [0.4, 0.4, 0.2]
    let entropy = -p.map { $0 * log($0) }.reduce(0, +) / log(3.0)
    #expect(abs((alice.entropy ?? 0) - entropy) < 1e-12)
    #expect(alice.offTopicPosts.map(\.postID) == ["a4"])
    #expect(alice.offTopicPosts.first?.excerpt == "Lunch was great")
    // Drift: January 2 posts (both on a theme), February 3 posts (2 on a theme).
    let any = alice.monthly.filter { $0.topic == nil }
    #expect(
      any == [
        MonthlyShare(month: "2024-01", topic: nil, posts: 2, onTopicPosts: 2),
        MonthlyShare(month: "2024-02", topic: nil, posts: 3, onTopicPosts: 2),
      ])
    #expect(alice.monthly.filter { $0.topic == 0 }.map(\.onTopicPosts) == [1, 2])
    #expect(alice.monthly.filter { $0.topic == 1 }.map(\.onTopicPosts) == [1, 1])
    // bob is all marketing; carol has nothing considered, so nothing is defined
    let bob = analysis.accounts[1]
    #expect(
      bob.themeShares == [1, 0] && bob.anyThemeShare == 1 && bob.focus == 1 && bob.entropy == 0)
    let carol = analysis.accounts[2]
    #expect(carol.posts == 0 && carol.repostsExcluded == 1)
    #expect(carol.focus == nil && carol.entropy == nil && carol.anyThemeShare == nil)
    // Topics are the themes; every considered post is listed with its best theme
    #expect(analysis.topics.map(\.label) == ["marketing", "sports"])
    #expect(analysis.topics.map(\.posts) == [4, 2])
    #expect(analysis.posts.map(\.postID) == ["a1", "a2", "a3", "a4", "a7", "b1", "b2"])
    #expect(analysis.posts.map(\.topic) == [0, 1, 0, nil, 1, 0, 0])
  }

  @Test func repostsCountWhenAsked() throws {
    // When reposts are included, alice's "RT @bob: brand goal" (marketing and sports) counts
    let analysis = try TopicFocus.analyze(
      posts: Self.posts, options: TopicOptions(themes: Self.themes(), includeReposts: true))
    let alice = analysis.accounts[0]
    #expect(alice.posts == 6 && alice.repostsExcluded == 0)
    #expect(alice.themeShares == [4.0 / 6, 3.0 / 6])
    #expect(analysis.includesReposts)
  }

  @Test func resultsDoNotDependOnInputOrder() throws {
    let forward = try TopicFocus.analyze(
      posts: Self.posts, options: TopicOptions(themes: Self.themes()))
    let backward = try TopicFocus.analyze(
      posts: Self.posts.reversed(), options: TopicOptions(themes: Self.themes()))
    #expect(forward.accounts == backward.accounts)
    #expect(forward.posts == backward.posts)
  }

  @Test func noPostsGiveNoAccounts() throws {
    let analysis = try TopicFocus.analyze(posts: [], options: TopicOptions(themes: Self.themes()))
    #expect(analysis.accounts.isEmpty && analysis.posts.isEmpty)
    #expect(analysis.topics.map(\.posts) == [0, 0])
  }
}
