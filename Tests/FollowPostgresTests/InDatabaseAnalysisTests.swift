import FollowAnalysis
import FollowModel
import FollowPostgres
import FollowReports
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// The analyses computed by SQL on PostgreSQL give the in-memory figures: each shared graph is
/// imported into both stores, then analysed in memory (SQLite) and in the database.
@Suite(
  .enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason),
  .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct InDatabaseAnalysisTests {
  /// Both stores holding one graph, and the in-memory graph read from SQLite.
  struct Loaded {
    var sqlite: FollowDatabase
    var postgres: PostgresStore
    var graph: FollowGraph
  }

  /// Imports graph `name` (network `generic`) into both stores; with `otherNetwork`, also a
  /// second graph as network `circle`, so that the SQL must keep to one network's follows.
  static func load(_ name: String, otherNetwork: Bool = false) throws -> Loaded {
    let sqlite = try TestStore.inMemory()
    let postgres = try PostgresTestServer.freshStore()
    var options = ImportOptions()
    options.format = "edge-list"
    let path = ReferenceData.edgeFile(of: name).path
    var circle = options
    circle.network = Network(rawValue: "circle")
    let other = ReferenceData.projectRoot.appendingPathComponent(
      "SampleData/edges/marketing-circle.txt"
    ).path
    for store in [sqlite, postgres] as [any FollowStoring] {
      if otherNetwork { _ = try TestStore.importer(store).run(paths: [other], options: circle) }
      _ = try TestStore.importer(store).run(paths: [path], options: options)
    }
    let graph = FollowGraph(try sqlite.followTable(network: .generic, progress: nil))
    return Loaded(sqlite: sqlite, postgres: postgres, graph: graph)
  }

  @Test(
    "Graph-wide reciprocity: same counts, ratios within 1e-12", arguments: ReferenceData.graphNames)
  func graphFigures(_ name: String) throws {
    let loaded = try Self.load(name, otherNetwork: true)
    let memory = loaded.graph.reciprocity()
    let database = try InDatabaseAnalysis.reciprocity(loaded.postgres, network: .generic)
    #expect(memory.accounts == database.accounts)
    #expect(memory.follows == database.follows)
    #expect(memory.reciprocatedFollows == database.reciprocatedFollows)
    #expect(memory.mutualPairs == database.mutualPairs)
    #expect(memory.accounts > 0)
    for (key, a, b) in [
      ("edge", memory.edgeReciprocity, database.edgeReciprocity),
      ("pair", memory.pairReciprocity, database.pairReciprocity),
      ("rho", memory.rho, database.rho), ("density", memory.density, database.density),
    ] {
      let left = try #require(a, "\(name) \(key)")
      let right = try #require(b, "\(name) \(key)")
      #expect(abs(left - right) <= 1e-12, "\(name) \(key): \(left) vs \(right)")
    }
  }

  @Test("Every account's counts and follow-back rates", arguments: ReferenceData.graphNames)
  func perAccountFigures(_ name: String) throws {
    let loaded = try Self.load(name, otherNetwork: true)
    let collected = Collected<AccountFollowCounts>()
    try loaded.postgres.forEachAccountCounts(network: .generic) { collected.append($0) }
    let streamed = collected.values
    let memory = loaded.graph.accountReciprocity()
    try #require(streamed.count == memory.count)
    for (figures, row) in zip(memory, streamed) {
      #expect(loaded.graph.accountIDs[figures.account] == row.id)
      let database = AccountReciprocity(
        account: figures.account, following: row.following, followers: row.followers,
        mutual: row.mutual)
      #expect(figures == database, "\(name) \(row.id)")
      #expect(figures.followBackRate == database.followBackRate)
    }
  }

  @Test("PageRank within 1e-9 of the in-memory scores", arguments: ReferenceData.graphNames)
  func pageRank(_ name: String) throws {
    let loaded = try Self.load(name)
    let memory = loaded.graph.pageRank()
    let collected = Collected<(String, Double)>()
    let run = try loaded.postgres.pageRank(network: .generic, settings: PageRankSettings()) {
      collected.append(($0, $1))
    }
    let scores = collected.values
    #expect(run.accounts == loaded.graph.accountCount)
    #expect(run.converged == memory.converged)
    #expect(
      abs(run.iterations - memory.iterations) <= 1, "\(run.iterations) vs \(memory.iterations)")
    try #require(scores.count == memory.scores.count)
    var worst = 0.0
    for (index, (id, score)) in scores.enumerated() {
      #expect(loaded.graph.accountIDs[index] == id)
      worst = max(worst, abs(score - memory.scores[index]))
    }
    #expect(worst <= 1e-9, "\(name): largest difference \(worst)")
  }

  @Test("reciprocity in the database: the owner's etiquette and lists as in memory")
  func ownerEtiquette() throws {
    let sqlite = try TestStore.inMemory()
    let postgres = try PostgresTestServer.freshStore()
    let archive = ReferenceData.projectRoot.appendingPathComponent("SampleData/twitter-archive")
    for store in [sqlite, postgres] as [any FollowStoring] {
      _ = try TestStore.importer(store).run(paths: [archive.path], options: ImportOptions())
    }
    let fame = FameSettings(criteria: WebFameCriteria(), whitelist: .empty, damping: nil)
    let memory = try FollowQueries(store: sqlite).reciprocity(
      network: nil, account: nil, fame: fame, placement: .inMemory)
    let database = try FollowQueries(store: postgres).reciprocity(
      network: nil, account: nil, fame: fame, placement: .inDatabase)
    #expect(memory.network == database.network)
    #expect(memory.report.graph == database.report.graph)
    let left = try #require(memory.owner)
    let right = try #require(database.owner)
    #expect(left.owner == right.owner)
    #expect(left.etiquette.following == right.etiquette.following)
    #expect(left.etiquette.followers == right.etiquette.followers)
    #expect(left.etiquette.mutual == right.etiquette.mutual)
    #expect(left.etiquette.followBackRate == right.etiquette.followBackRate)
    #expect(
      (left.notFollowingBack + left.kept).map(\.id).sorted()
        == right.notFollowingBack.map(\.id).sorted())
    #expect(left.fans.map(\.id) == right.fans.map(\.id))
    #expect(left.mutuals.map(\.id) == right.mutuals.map(\.id))
  }

  @Test("--in-database on SQLite is refused; automatic stays in memory")
  func sqliteStaysInMemory() throws {
    let sqlite = try TestStore.inMemory()
    #expect(throws: UseCaseError.inDatabaseUnsupported) {
      try InDatabaseAnalysis.analyser(store: sqlite, placement: .inDatabase)
    }
    #expect(try InDatabaseAnalysis.analyser(store: sqlite, placement: .automatic) == nil)
  }
}

/// Values appended from the store's thread, read after the call returns.
final class Collected<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Value] = []

  func append(_ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    stored.append(value)
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
