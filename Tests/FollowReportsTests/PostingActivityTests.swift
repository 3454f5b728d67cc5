import FollowModel
import FollowReports
import FollowUseCases
import Foundation
import Testing

/// Posts per UTC month, with empty months filled in.
struct PostingActivityTests {
  private let owner = AccountID(network: .x, value: "1")

  private func post(_ id: String, _ day: String, reply: Bool = false, repost: Bool = false) throws
    -> Post
  {
    Post(
      id: id, author: owner, createdAt: try #require(UTCTime.parse(day)), text: "", isReply: reply,
      isRepost: repost)
  }

  @Test func countsEachKindPerMonthAndFillsGaps() throws {
    let posts = [
      try post("1", "2023-11-30T23:59:59Z"), try post("2", "2023-11-02", reply: true),
      try post("3", "2024-02-01", repost: true),
      try post("4", "2024-02-03", reply: true, repost: true),
    ]
    let activity = PostingActivity.compute(posts: posts.reversed(), owner: owner)
    #expect(activity.months.map(\.month) == ["2023-11", "2023-12", "2024-01", "2024-02"])
    #expect(activity.months[0] == .init(month: "2023-11", originals: 1, replies: 1, reposts: 0))
    #expect(activity.months[1] == .init(month: "2023-12", originals: 0, replies: 0, reposts: 0))
    #expect(activity.months[3] == .init(month: "2024-02", originals: 0, replies: 0, reposts: 2))
  }

  @Test func noPostsNoMonths() {
    #expect(PostingActivity.compute(posts: [], owner: owner).months.isEmpty)
  }

  @Test func monthRangeCrossesYearsAndRejectsBadKeys() {
    #expect(
      PostingActivity.monthRange(from: "2022-12", to: "2023-02") == [
        "2022-12", "2023-01", "2023-02",
      ])
    #expect(PostingActivity.monthRange(from: "2023-13", to: "2024-01").isEmpty)
    #expect(PostingActivity.monthRange(from: "2024-02", to: "2024-01").isEmpty)
  }
}
