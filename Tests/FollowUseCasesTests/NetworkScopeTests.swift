import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Testing

/// Which network and owner an analysis is about, resolved against the store.
struct NetworkScopeTests {
  @Test("Without options, the only export owner and its network are chosen")
  func theOnlyOwnerIsChosen() throws {
    // Given an owner export on X and an edge list on another network
    let store = try UseCaseStore.holding([
      UseCaseStore.snapshot(following: ["2", "3"], followers: ["2"]),
      UseCaseStore.edges([("a", "b")], network: .generic),
    ])
    // When
    let scope = try NetworkScope.resolve(store: store, network: nil, selector: nil)
    // Then the owner's network and figures are the scope
    #expect(scope.network == .x)
    #expect(scope.owner?.owner.id == UseCaseStore.owner.id)
    #expect(scope.owner?.etiquette.mutual == 1)
    #expect(scope.owner?.notFollowingBack.map(\.id.value) == ["3"])
  }

  @Test("Several networks and no owner: the user must choose, and the message says how")
  func severalNetworksNeedAChoice() throws {
    let store = try UseCaseStore.holding([
      UseCaseStore.edges([("a", "b")], network: .generic),
      UseCaseStore.edges([("c", "d")], network: .mastodon),
    ])
    #expect(throws: UseCaseError.networkRequired(available: ["generic", "mastodon"])) {
      try NetworkScope.resolve(store: store, network: nil, selector: nil)
    }
    let error = UseCaseError.networkRequired(available: ["generic", "mastodon"])
    #expect(error.errorDescription?.hasSuffix("choose one with --network") == true)
  }

  @Test("A selected account that owns no export gets the figures the graph holds")
  func aSelectedAccountWithoutExport() throws {
    // Given b follows c and c follows b back; a follows b
    let store = try UseCaseStore.holding([
      UseCaseStore.edges([("a", "b"), ("b", "c"), ("c", "b")], network: .generic)
    ])
    // When b is selected by id
    let scope = try NetworkScope.resolve(
      store: store, network: nil, selector: .id("b", network: nil),
      fame: FameSettings(criteria: WebFameCriteria(), whitelist: .empty, damping: nil))
    // Then its lists come from the graph, with triage since fame was asked for
    let owner = try #require(scope.owner)
    #expect(owner.owner.id == AccountID(network: .generic, value: "b"))
    #expect(owner.mutuals.map(\.id.value) == ["c"])
    #expect(owner.fans.map(\.id.value) == ["a"])
    #expect(owner.triage != nil)
    #expect(scope.report.pageRank == nil)
  }
}
