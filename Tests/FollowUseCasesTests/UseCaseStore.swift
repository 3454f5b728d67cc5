import FollowModel
import FollowStore
import FollowTestSupport
import Foundation

/// Small stores for use-case tests: batches saved into the in-memory SQLite store.
enum UseCaseStore {
  static let owner = Account(
    id: AccountID(network: .x, value: "1"), handle: "owner", followersCount: 3,
    followingCount: 4)

  /// An owner export: the owner follows `following`, and `followers` follow the owner.
  static func snapshot(
    following: [String], followers: [String], accounts: [Account] = [], posts: [Post] = []
  ) -> ImportBatch {
    var builder = FollowTableBuilder(network: .x)
    for id in following { builder.add(follower: "1", followed: id) }
    for id in followers { builder.add(follower: id, followed: "1") }
    return ImportBatch(
      network: .x, format: "twitter-archive",
      owner: ExportOwner(account: owner, listsFollowing: true, listsFollowers: true),
      follows: builder.build().table, accounts: accounts, posts: posts)
  }

  /// An edge list of `network` without an owner.
  static func edges(_ pairs: [(String, String)], network: Network) -> ImportBatch {
    var builder = FollowTableBuilder(network: network)
    for (a, b) in pairs { builder.add(follower: a, followed: b) }
    return ImportBatch(network: network, format: "edge-list", follows: builder.build().table)
  }

  /// A request for `batch` observed on `day`; `tag` makes its content hash unique.
  static func request(_ batch: ImportBatch, day: String, tag: String) -> ImportRequest {
    let date = UTCTime.parse(day) ?? Date(timeIntervalSince1970: 0)
    return ImportRequest(
      batch: batch, sourcePath: "test-\(tag)", contentSHA256: String(repeating: tag, count: 64),
      observedAt: date, startedAt: date)
  }

  /// A store holding `batches`, saved in turn on consecutive days of 2024.
  static func holding(_ batches: [ImportBatch]) throws -> FollowDatabase {
    let store = try TestStore.inMemory()
    for (index, batch) in batches.enumerated() {
      _ = try store.save(
        [request(batch, day: "2024-01-1\(index)", tag: String(index))], progress: nil)
    }
    return store
  }
}
