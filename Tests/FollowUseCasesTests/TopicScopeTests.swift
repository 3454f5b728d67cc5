import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `topics`: which posts count, and whose figures are shown.
struct TopicScopeTests {
  @Test("With an account, only its figures are kept; an account without posts gets an empty row")
  func selectedAccountOnly() throws {
    // Given posts by the owner only
    let author = UseCaseStore.owner.id
    let day = UTCTime.parse("2024-01-03") ?? Date(timeIntervalSince1970: 0)
    let store = try UseCaseStore.holding([
      UseCaseStore.snapshot(
        following: ["2"], followers: [],
        posts: [
          Post(id: "1", author: author, createdAt: day, text: "swift and more swift"),
          Post(id: "2", author: author, createdAt: day, text: "tomatoes"),
        ])
    ])
    let options = TopicOptions(themes: [try Theme(parsing: "code=swift")])
    let queries = FollowQueries(store: store)
    // When the owner, then an account without posts, is selected
    let mine = try queries.topics(network: nil, account: .handle("owner"), options: options)
    let theirs = try queries.topics(network: nil, account: .id("2", network: .x), options: options)
    // Then
    #expect(mine.analysis.accounts.map(\.account) == [author])
    #expect(mine.analysis.accounts.first?.anyThemeShare == 0.5)
    #expect(theirs.analysis.accounts.map(\.account.value) == ["2"])
    #expect(theirs.analysis.accounts.first?.posts == 0)
  }
}
