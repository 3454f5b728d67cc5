import FollowModel
import FollowUseCases
import Foundation
import Testing

/// The use cases' errors read as the CLI has always printed them (they are part of its
/// contract).
struct UseCaseErrorTests {
  @Test(
    "Each error has its one-line message",
    arguments: [
      (
        UseCaseError.noExportOwner,
        "no imported export names its owner; changes need exports of one account (e.g. X archives)"
      ),
      (
        UseCaseError.ownerRequired(candidates: ["@a (x:1)", "@b (x:2)"]),
        "several export owners (@a (x:1), @b (x:2)); choose one with --account"
      ),
      (
        UseCaseError.notAnExportOwner("x:7"),
        "x:7 owns no imported export, so it has no snapshots to compare"
      ),
      (
        UseCaseError.networkRequired(available: ["generic", "x"]),
        "the database holds several networks (generic, x); choose one with --network"
      ),
    ])
  func messages(error: UseCaseError, message: String) {
    #expect(error.errorDescription == message)
    #expect(error.localizedDescription == message)
  }

  @Test("Several export owners and no choice: the error lists them")
  func severalOwners() throws {
    // Given exports of two owners
    var second = UseCaseStore.snapshot(following: ["5"], followers: [])
    second.owner?.account = Account(id: AccountID(network: .x, value: "9"), handle: "second")
    let store = try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["2"], followers: []), second,
    ])
    #expect(throws: UseCaseError.ownerRequired(candidates: ["@owner (x:1)", "@second (x:9)"])) {
      try OwnerHistory.owner(store: store, selector: nil)
    }
  }
}
