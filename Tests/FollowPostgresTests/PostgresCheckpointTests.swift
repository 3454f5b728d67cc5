import FollowModel
import FollowPostgres
import FollowTestSupport
import Foundation
import Testing

/// The keep-list and the pages of fetches in progress, stored in PostgreSQL.
@Suite(.enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason))
struct PostgresCheckpointTests {
  @Test("Fetch pages are saved, replaced at the same position, listed in order and forgotten")
  func pages() throws {
    let store = try PostgresTestServer.freshStore()
    let bytes = Data([0, 1, 2, 255, 92, 9, 10])
    try store.saveCheckpointPage(
      FetchCheckpointPage(fetchKey: "k", list: "followers", index: 1, payload: Data("b".utf8)))
    try store.saveCheckpointPage(
      FetchCheckpointPage(fetchKey: "k", list: "followers", index: 0, payload: Data("a".utf8)))
    try store.saveCheckpointPage(
      FetchCheckpointPage(fetchKey: "k", list: "followers", index: 1, payload: bytes))
    try store.saveCheckpointPage(
      FetchCheckpointPage(fetchKey: "other", list: "following", index: 0, payload: Data()))
    #expect(
      try store.checkpointPages(fetchKey: "k") == [
        FetchCheckpointPage(fetchKey: "k", list: "followers", index: 0, payload: Data("a".utf8)),
        FetchCheckpointPage(fetchKey: "k", list: "followers", index: 1, payload: bytes),
      ])
    try store.removeCheckpointPages(fetchKey: "k")
    #expect(try store.checkpointPages(fetchKey: "k").isEmpty)
    #expect(try store.checkpointPages(fetchKey: "other").count == 1)
  }

  @Test("The keep-list adds once, removes what is there, and lists by selector")
  func keepList() throws {
    let store = try PostgresTestServer.freshStore()
    let ana = try AccountSelector(parsing: "@ana")
    let bob = try AccountSelector(parsing: "x:42")
    #expect(try store.addToKeepList([ana, bob], addedAt: TestStore.now) == [ana, bob])
    #expect(try store.addToKeepList([ana], addedAt: TestStore.now).isEmpty)
    #expect(try store.keepList().map(\.selector.description) == ["@ana", "x:42"])
    #expect(try store.removeFromKeepList([bob, bob]) == [bob])
    #expect(try store.keepList().map(\.selector) == [ana])
  }
}
