import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import Foundation
import Testing

/// The words of an owner's headline: the answer sentences and the owner's own lists.
struct HeadlineRendererTests {
  static func day(_ text: String) -> Date { UTCTime.parse(text) ?? .distantPast }

  /// The lists of an Instagram owner: every kind, one handle with a control character.
  static let lists = [
    OwnerList(
      kind: .pendingFollowRequests,
      entries: [
        OwnerListEntry(nativeID: "7", handle: "late.reply", listedAt: day("2024-05-02")),
        OwnerListEntry(nativeID: "9", handle: nil, listedAt: nil),
      ]),
    OwnerList(
      kind: .recentlyUnfollowed,
      entries: [OwnerListEntry(nativeID: "8", handle: "gone\u{1B}[2J", listedAt: day("2024-06-01"))]
    ),
    OwnerList(
      kind: .closeFriends,
      entries: (1...12).map { OwnerListEntry(nativeID: "f\($0)", handle: "friend\($0)") }),
    OwnerList(
      kind: .blocked,
      entries: [OwnerListEntry(nativeID: "b1"), OwnerListEntry(nativeID: "b2")]),
    OwnerList(kind: .restricted, entries: [OwnerListEntry(nativeID: "r1")]),
  ]

  /// A headline of 335 followings, 283 mutual, 426 followers, with every part filled.
  static func full() -> OwnerHeadline {
    var headline = OwnerHeadline(
      owner: Account(id: AccountID(network: .instagram, value: "maya"), handle: "Maya"),
      following: 335, followers: 426, mutual: 283, followBackRate: 283.0 / 335,
      followersFollowedBackRate: 283.0 / 426)
    headline.notFollowingBack = [
      .init(category: .webFamous, count: 4), .init(category: .ordinary, count: 45),
      .init(category: .kept, count: 3),
    ]
    headline.postFocus = .init(posts: 321, share: 0.8006, about: "marketing", themed: true)
    headline.snapshots = 2
    headline.latestChange = .init(
      from: day("2024-01-15"), to: day("2024-07-01"), gainedFollowers: 26, lostFollowers: 1,
      newFollowing: 9, droppedFollowing: 4)
    headline.lists = lists
    return headline
  }

  @Test func theFullHeadlineMatchesItsSnapshot() {
    assertSnapshot(HeadlineRenderer.text(Self.full()), named: "headline.txt")
  }

  @Test func theAnswerCountsEveryClassOfThoseWhoDoNotFollowBackKeptLast() {
    let text = HeadlineRenderer.text(Self.full())
    #expect(
      text.contains(
        "84.48 % of the 335 accounts you follow follow you back; of the 52 who don't, 4 web "
          + "famous, 45 ordinary, 3 kept (on your keep-list, not counted as not following "
          + "back) — listed below."))
    #expect(text.contains("You follow back 66.43 % of your 426 followers; 143 follow you"))
  }

  @Test func theListsSayWhatHappenedAndWhen() {
    let text = HeadlineRenderer.text(Self.full(), listLimit: 10)
    #expect(text.contains("request to @late.reply still pending since 2024-05-02\n"))
    // Without a handle the id stands in; without a date, no date is made up.
    #expect(text.contains("request to 9 still pending\n"))
    // The control character of an imported handle is shown escaped, never sent to a terminal.
    #expect(text.contains("you unfollowed @gone\\u{1B}[2J on 2024-06-01\n"))
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains("Close friends (12):\n"))
    #expect(text.contains("@friend10\n"))
    #expect(!text.contains("@friend11"))
    #expect(text.contains("… and 2 more\n"))
    #expect(text.contains("Blocked profiles: 2\n"))
    #expect(text.contains("Restricted profiles: 1\n"))
  }

  @Test func unknownListsAndASingleExportAreSaidPlainly() {
    var headline = OwnerHeadline(
      owner: Account(id: AccountID(network: .mastodon, value: "a@b.example")), following: 12,
      followers: nil, mutual: nil, followBackRate: nil, followersFollowedBackRate: nil)
    headline.snapshots = 1
    let text = HeadlineRenderer.text(headline)
    #expect(
      text.contains(
        "You follow 12 accounts; the export does not list your followers, so who follows back "
          + "is unknown."))
    #expect(text.contains("One export so far: import a later one"))
    #expect(!text.contains("Your lists"))
    #expect(!text.contains("% of the"))
  }

  @Test func everyoneFollowingBackEndsTheSentence() {
    let headline = OwnerHeadline(
      owner: Account(id: AccountID(network: .x, value: "1")), following: 3, followers: 5,
      mutual: 3, followBackRate: 1, followersFollowedBackRate: 0.6)
    #expect(
      HeadlineRenderer.text(headline).contains(
        "100.00 % of the 3 accounts you follow follow you back.\n"))
  }
}
