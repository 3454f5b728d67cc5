import FollowModel
import FollowPostgres
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// The PostgreSQL store reads back exactly what the SQLite store reads back after the same
/// imports: every `FollowStoring` read, on exports of every kind (two snapshots of one owner,
/// posts with shares, owner lists, audiences, edge lists, a repeated import, a failed one).
@Suite(.enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason))
struct StoreParityTests {
  /// One import: paths and options, as `followgraph import` would pass them.
  struct Step {
    var paths: [String]
    var options = ImportOptions()
  }

  static func fixture(_ name: String) -> String { SharedFixtures.importFixture(name).path }

  static func sample(_ name: String) -> String {
    ReferenceData.projectRoot.appendingPathComponent("SampleData").appendingPathComponent(name)
      .path
  }

  static func options(network: String? = nil, observed: String? = nil) -> ImportOptions {
    var options = ImportOptions()
    if let network { options.network = Network(rawValue: network) }
    options.observedAt = observed.flatMap(UTCTime.parse)
    return options
  }

  static var linkedIn: ImportOptions {
    var options = ImportOptions()
    options.owner = try? AccountSelector(parsing: "@maya-marketer")
    return options
  }

  static let steps: [Step] = [
    Step(paths: [fixture("archive-2021")]),
    Step(paths: [fixture("archive-2023")]),
    Step(paths: [fixture("archive-2021")]),  // already imported: skipped
    Step(paths: [fixture("fediverse/mastodon-archive")]),
    Step(paths: [fixture("fediverse/repo.car")], options: options(observed: "2024-05-01")),
    Step(paths: [fixture("instagram/json-2026")]),
    Step(paths: [fixture("linkedin/2024-05")], options: linkedIn),
    Step(paths: [fixture("linkedin/2024-11")], options: linkedIn),
    Step(paths: [sample("twitter-archive")], options: options(observed: "2024-07-01")),
    Step(
      paths: [sample("audience/accounts.csv")],
      options: options(network: "x", observed: "2024-07-01")),
    Step(
      paths: [sample("edges/marketing-circle.txt")],
      options: options(network: "circle", observed: "2024-07-01")),
    // A good file with a missing one: the whole run fails and saves nothing, in both stores.
    Step(paths: [fixture("edges"), "/nonexistent/followgraph-missing.csv"]),
  ]

  @Test("After the same imports, every read of both stores is equal")
  func sameReads() throws {
    let sqlite = try TestStore.inMemory()
    let postgres = try PostgresTestServer.freshStore()
    for step in Self.steps {
      let left = Result {
        try TestStore.importer(sqlite).run(paths: step.paths, options: step.options)
      }
      let right = Result {
        try TestStore.importer(postgres).run(paths: step.paths, options: step.options)
      }
      switch (left, right) {
      case (.success(let a), .success(let b)): #expect(a == b, "\(step.paths)")
      case (.failure, .failure): break
      default: Issue.record("\(step.paths): SQLite \(left), PostgreSQL \(right)")
      }
    }
    try expectSameReads(sqlite, postgres)
    for owner in try sqlite.owners() {
      #expect(
        try sqlite.ownerLists(owner: owner.account.id)
          == postgres.ownerLists(owner: owner.account.id))
    }
    #expect(try sqlite.owners().contains { !(try sqlite.ownerLists(owner: $0.account.id)).isEmpty })
  }

  /// Compares every read of the protocol.
  func expectSameReads(_ a: any FollowStoring, _ b: any FollowStoring) throws {
    #expect(try a.summary() == b.summary())
    let networks = try a.networks()
    #expect(
      networks.map(\.network.rawValue) == [
        "bluesky", "circle", "instagram", "linkedin", "mastodon", "x",
      ])
    for totals in networks {
      let network = totals.network
      #expect(
        try a.followTable(network: network, progress: nil)
          == b.followTable(network: network, progress: nil))
      #expect(try a.accounts(network: network) == b.accounts(network: network))
      #expect(try a.posts(network: network, author: nil) == b.posts(network: network, author: nil))
    }
    #expect(try a.posts(network: nil, author: nil) == b.posts(network: nil, author: nil))
    for owner in try a.owners() {
      let id = owner.account.id
      #expect(try a.snapshots(owner: id) == b.snapshots(owner: id))
      #expect(try a.posts(network: nil, author: id) == b.posts(network: nil, author: id))
    }
  }
}
