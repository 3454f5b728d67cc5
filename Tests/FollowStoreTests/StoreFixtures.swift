import FollowModel
import FollowStore
import Foundation
import GRDB
import Logging

/// Small batches for store tests.
enum StoreFixtures {
  static let owner = Account(id: AccountID(network: .x, value: "1"), handle: "owner")

  /// An owner export: the owner follows `following`, and `followers` follow the owner.
  static func snapshot(following: [String], followers: [String], posts: [Post] = []) -> ImportBatch
  {
    var builder = FollowTableBuilder(network: .x)
    for id in following { builder.add(follower: "1", followed: id) }
    for id in followers { builder.add(follower: id, followed: "1") }
    let (table, duplicates) = builder.build()
    return ImportBatch(
      network: .x, format: "twitter-archive",
      owner: ExportOwner(account: owner, listsFollowing: true, listsFollowers: true),
      follows: table, posts: posts, counts: ImportCounts(duplicateFollows: duplicates))
  }

  /// An edge list batch.
  static func edges(_ pairs: [(String, String)], network: Network = .generic) -> ImportBatch {
    var builder = FollowTableBuilder(network: network)
    for (a, b) in pairs { builder.add(follower: a, followed: b) }
    return ImportBatch(network: network, format: "edge-list", follows: builder.build().table)
  }

  static func request(_ batch: ImportBatch, day: String, hash: String) -> ImportRequest {
    let date = UTCTime.parse(day) ?? Date(timeIntervalSince1970: 0)
    return ImportRequest(
      batch: batch, sourcePath: "test-\(hash)", contentSHA256: String(repeating: hash, count: 64),
      observedAt: date, startedAt: date)
  }

  /// Current follows of a network as `a>b` strings, sorted.
  static func follows(_ db: FollowDatabase, _ network: Network = .x) throws -> [String] {
    try db.followTable(network: network).follows.map { "\($0.follower.value)>\($0.followed.value)" }
      .sorted()
  }

  /// An in-memory queue migrated to the current schema, for tests that write rows directly
  /// to check the database's own constraints.
  static func migratedQueue() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    _ = try FollowDatabase(
      queue, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
      clock: { Date(timeIntervalSince1970: 0) })
    return queue
  }

  /// SQL inserting account 1 (`nativeID` in `network`) and import run 1 (`format`), the
  /// smallest rows a per-import table can point to.
  static func accountAndImportSQL(network: String, nativeID: String, format: String) -> String {
    """
    INSERT INTO account (network, native_id) VALUES ('\(network)', '\(nativeID)');
    INSERT INTO import_run (source_path, format, network, content_sha256, lists_following,
      lists_followers, observed_at, started_at, finished_at, records_read, accounts_added,
      follows_read, follows_added, posts_read, posts_added, duplicate_follows,
      self_follows, warnings)
    VALUES ('p', '\(format)', '\(network)', '\(String(repeating: "c", count: 64))', 0, 0,
      '', '', '', 0, 0, 0, 0, 0, 0, 0, 0, 0);
    """
  }
}
