import FollowModel
import FollowPostgres
import FollowStore
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// Writes are all or nothing, constraints live in the database, and the schema is migrated
/// once, by name.
@Suite(.enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason))
struct PostgresTransactionTests {
  static func request(_ edges: [(String, String)], sha: String) -> ImportRequest {
    var builder = FollowTableBuilder(network: .generic)
    for (a, b) in edges { builder.add(follower: a, followed: b) }
    let batch = ImportBatch(network: .generic, format: "edge-list", follows: builder.build().table)
    return ImportRequest(
      batch: batch, sourcePath: "edges.txt", contentSHA256: sha, observedAt: TestStore.now,
      startedAt: TestStore.now)
  }

  @Test("A save whose second export breaks a constraint saves nothing, and says why")
  func allOrNothing() throws {
    let store = try PostgresTestServer.freshStore()
    let good = Self.request([("a", "b"), ("b", "a")], sha: String(repeating: "a", count: 64))
    let bad = Self.request([("c", "d")], sha: "too short")
    #expect {
      _ = try store.save([good, bad], progress: nil)
    } throws: { error in
      String(describing: error).contains("nothing was saved")
        && String(describing: error).contains("content_sha256")
    }
    #expect(try store.summary() == DatabaseSummary(networks: [], owners: [], imports: []))
    // The store is usable afterwards, and numbers its first import 1.
    let saved = try store.save([good], progress: nil)
    #expect(saved.map(\.runID) == [1])
    #expect(saved.map(\.followsAdded) == [2])
  }

  @Test("Follows seen again keep their first sighting; new ones are counted as added")
  func upsert() throws {
    let store = try PostgresTestServer.freshStore()
    var first = Self.request([("a", "b"), ("b", "c")], sha: String(repeating: "1", count: 64))
    first.observedAt = Date(timeIntervalSince1970: 1_000)
    var second = Self.request([("a", "b"), ("c", "a")], sha: String(repeating: "2", count: 64))
    second.observedAt = Date(timeIntervalSince1970: 2_000)
    let summaries = try store.save([first], progress: nil) + store.save([second], progress: nil)
    #expect(summaries.map(\.followsAdded) == [2, 1])
    #expect(try store.followTable(network: .generic, progress: nil).count == 3)
  }

  @Test("An owner's snapshot keeps the accounts its fetch found gone, as the SQLite store does")
  func goneAccounts() throws {
    var request = Self.request([("me", "a"), ("b", "me")], sha: String(repeating: "3", count: 64))
    request.batch.owner = ExportOwner(
      account: Account(id: AccountID(network: .generic, value: "me")), listsFollowing: true,
      listsFollowers: true)
    request.batch.gone = [
      GoneAccount(id: "zed", reason: .suspended), GoneAccount(id: "c", reason: .notFound),
      GoneAccount(id: "c", reason: .suspended),
    ]
    let owner = AccountID(network: .generic, value: "me")
    let postgres = try PostgresTestServer.freshStore()
    let sqlite = try TestStore.inMemory()
    _ = try postgres.save([request], progress: nil)
    _ = try sqlite.save([request], progress: nil)
    let gone = try postgres.snapshots(owner: owner).map(\.gone)
    #expect(
      gone == [
        [GoneAccount(id: "c", reason: .notFound), GoneAccount(id: "zed", reason: .suspended)]
      ])
    #expect(try sqlite.snapshots(owner: owner) == postgres.snapshots(owner: owner))
  }

  @Test("Opening a database again runs no migration twice; a newer schema is refused by name")
  func migrations() throws {
    let address = try PostgresTestServer.freshDatabase()
    _ = try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
    let again = try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
    #expect(try again.networks().isEmpty)
    try PostgresStore.administer(
      ["INSERT INTO followgraph_migration (name) VALUES ('v99: from the future')"], at: address,
      logger: TestStore.logger)
    #expect {
      _ = try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
    } throws: { error in
      String(describing: error).contains("v99: from the future")
    }
  }

  @Test("Constraints are the database's: a negative audience or a self-follow is refused")
  func constraints() throws {
    let address = try PostgresTestServer.freshDatabase()
    _ = try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
    #expect(throws: PostgresStoreError.self) {
      try PostgresStore.administer(
        ["INSERT INTO account (network, native_id, followers_count) VALUES ('x', '1', -1)"],
        at: address, logger: TestStore.logger)
    }
    try PostgresStore.administer(
      ["INSERT INTO account (id, network, native_id) VALUES (1, 'x', '1')"], at: address,
      logger: TestStore.logger)
    #expect(throws: PostgresStoreError.self) {
      try PostgresStore.administer(
        [
          "INSERT INTO follow (follower_id, followed_id, first_seen, last_seen) VALUES (1, 1, 0, 0)"
        ],
        at: address, logger: TestStore.logger)
    }
  }

  @Test("An unreachable server is an error naming the server, not a hang or a crash")
  func unreachable() throws {
    let address = try PostgresAddress(parsing: "postgresql://u:secret@127.0.0.1:1/db")
    #expect {
      _ = try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
    } throws: { error in
      let message = String(describing: error)
      return message.contains("cannot connect to postgresql://u@127.0.0.1:1/db")
        && !message.contains("secret")
    }
  }
}

/// TLS: used when the server offers it, refused when asked, required when asked.
@Suite(.enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason))
struct PostgresTLSTests {
  @Test("The throwaway server offers TLS; the default uses it, sslmode=disable does not")
  func tlsWhenOffered() throws {
    let address = try PostgresTestServer.freshDatabase()
    let preferred = try PostgresStore.open(
      address, logger: TestStore.logger, clock: { TestStore.now })
    #expect(try preferred.usesTLS())
    var plain = address
    plain.tls = .disable
    let unencrypted = try PostgresStore.open(
      plain, logger: TestStore.logger, clock: { TestStore.now })
    #expect(try !unencrypted.usesTLS())
  }

  @Test("verify-full checks the certificate: a self-signed one is refused")
  func verifyFullRefusesSelfSigned() throws {
    var address = try PostgresTestServer.freshDatabase()
    address.tls = .verifyFull
    #expect {
      _ = try PostgresStore.open(address, logger: TestStore.logger, clock: { TestStore.now })
    } throws: { error in
      String(describing: error).contains("cannot connect to")
    }
  }
}
