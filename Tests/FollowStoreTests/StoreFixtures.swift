import FollowModel
import FollowStore
import Foundation

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
}
