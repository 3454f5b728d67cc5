import FollowModel
import FollowStore
import Foundation
import Testing

struct AccountResolutionTests {
  private func database() throws -> FollowDatabase {
    let db = try FollowDatabase.inMemory()
    var batch = StoreFixtures.snapshot(following: ["2"], followers: ["2"])
    batch.accounts = [
      Account(id: AccountID(network: .x, value: "2"), handle: "Ana_Ads", followersCount: 10)
    ]
    _ = try db.save([StoreFixtures.request(batch, day: "2024-01-01", hash: "a")])
    _ = try db.save([
      StoreFixtures.request(StoreFixtures.edges([("2", "alice")]), day: "2024-01-01", hash: "b")
    ])
    return db
  }

  @Test func selectorsFindAccounts() throws {
    let db = try database()
    #expect(
      try db.resolve(AccountSelector(parsing: "@ana_ads")) == AccountID(network: .x, value: "2"))
    #expect(try db.resolve(AccountSelector(parsing: "x:2")) == AccountID(network: .x, value: "2"))
    #expect(
      try db.resolve(AccountSelector(parsing: "alice"))
        == AccountID(network: .generic, value: "alice"))
    #expect(
      try db.resolve(AccountSelector(parsing: "2"), network: .generic)
        == AccountID(network: .generic, value: "2"))
  }

  @Test func ambiguousAndMissingSelectorsAreErrors() throws {
    let db = try database()
    #expect(throws: StoreError.ambiguousAccount(selector: "2", candidates: ["generic:2", "x:2"])) {
      _ = try db.resolve(AccountSelector(parsing: "2"))
    }
    #expect(throws: StoreError.accountNotFound(selector: "@nobody")) {
      _ = try db.resolve(AccountSelector(parsing: "@nobody"))
    }
  }

  @Test func newerProfileObservationsWin() throws {
    let db = try database()
    var older = StoreFixtures.edges([], network: .x)
    older.accounts = [
      Account(id: AccountID(network: .x, value: "2"), handle: "old_handle", followersCount: 1)
    ]
    _ = try db.save([StoreFixtures.request(older, day: "2020-01-01", hash: "c")])
    var newer = StoreFixtures.edges([], network: .x)
    newer.accounts = [Account(id: AccountID(network: .x, value: "2"), followersCount: 99)]
    _ = try db.save([StoreFixtures.request(newer, day: "2025-01-01", hash: "d")])
    let account = try #require(try db.accounts(network: .x).first { $0.id.value == "2" })
    #expect(account.handle == "Ana_Ads")
    #expect(account.followersCount == 99)
  }
}
