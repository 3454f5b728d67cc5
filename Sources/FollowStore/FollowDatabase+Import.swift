import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// How many warnings of one import are kept in `import_warning`; the count is always exact.
  public static let storedWarningLimit = 1_000

  /// Saves parsed exports, all in one transaction: either every export is saved or, on any
  /// error, the database is left exactly as it was.
  ///
  /// An export whose content hash and format match an earlier import is skipped. Follows are
  /// upserted, keeping the first and last time each was observed. For an export with an owner,
  /// the owner's lists are recorded as a snapshot, and the owner's current follows are set to
  /// the newest snapshot's lists.
  ///
  /// - Parameters:
  ///   - requests: The exports to save, in order.
  ///   - progress: Receives the steps of the save, for progress bars and benchmarks.
  /// - Returns: One summary per request.
  /// - Throws: ``StoreError/writeFailed(reason:)`` after rolling back.
  public func save(_ requests: [ImportRequest], progress: SaveProgressHandler? = nil) throws
    -> [ImportSummary]
  {
    do {
      return try dbWriter.writeWithoutTransaction { db in
        try Self.withBulkSettings(db) {
          var summaries: [ImportSummary] = []
          try db.inTransaction(.immediate) {
            for request in requests {
              summaries.append(
                try Self.save(request, in: db, progress: progress, clock: clock))
            }
            progress?(SaveProgress(step: .commit, done: 0, total: 0))
            return .commit
          }
          return summaries
        }
      }
    } catch let error as DatabaseError {
      throw StoreError.writeFailed(reason: Self.describe(error))
    }
  }

  private static func save(
    _ request: ImportRequest, in db: Database, progress: SaveProgressHandler?,
    clock: @Sendable () -> Date
  ) throws -> ImportSummary {
    let batch = request.batch
    var summary = ImportSummary(reading: request)

    if let earlier = try Int64.fetchOne(
      db, sql: "SELECT id FROM import_run WHERE content_sha256 = ? AND format = ? LIMIT 1",
      arguments: [request.contentSHA256, batch.format])
    {
      summary.alreadyImportedAs = earlier
      return summary
    }

    var accounts = try AccountRowIDs(db, network: batch.network)
    let observed = UTCTime.timestamp(request.observedAt)
    let ownerRowID = try batch.owner.map { try accounts.rowID(for: $0.account.id.value) }
    try db.execute(
      sql: """
        INSERT INTO import_run (source_path, format, network, content_sha256, owner_id,
          lists_following, lists_followers, observed_at, started_at, finished_at, records_read,
          accounts_added, follows_read, follows_added, posts_read, posts_added,
          duplicate_follows, self_follows, warnings)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        """,
      arguments: [
        request.sourcePath, batch.format, batch.network.rawValue, request.contentSHA256,
        ownerRowID, batch.owner?.listsFollowing ?? false, batch.owner?.listsFollowers ?? false,
        observed, UTCTime.timestamp(request.startedAt), observed,
      ])
    let runID = db.lastInsertedRowID
    summary.runID = runID

    let table = batch.follows
    progress?(SaveProgress(step: .accounts, done: 0, total: table.accountIDs.count))
    let followRowIDs = try accounts.rowIDs(for: table.accountIDs)
    progress?(SaveProgress(step: .follows, done: 0, total: table.count))
    let seconds = Int64(request.observedAt.timeIntervalSince1970)
    if try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM follow)") ?? false {
      summary.followsAdded = try bulkInsertFollows(
        table, rowIDs: followRowIDs, seconds: seconds, in: db, progress: progress)
    } else {
      summary.followsAdded = try insertFollows(
        table, rowIDs: followRowIDs, seconds: seconds, in: db)
    }
    try recordFollowDates(batch.followCreatedAt, accounts: &accounts, in: db)
    if let owner = batch.owner, let ownerRowID {
      progress?(SaveProgress(step: .snapshot, done: 0, total: 0))
      summary.followsRemoved = try recordSnapshot(
        owner: owner, ownerRowID: ownerRowID, runID: runID, table: batch.follows,
        rowIDs: followRowIDs, in: db)
    }
    progress?(SaveProgress(step: .details, done: 0, total: 0))
    try updateProfiles(
      (batch.owner.map { [$0.account] } ?? []) + batch.accounts, observedAt: observed,
      accounts: &accounts, in: db)
    summary.postsAdded = try insertPosts(batch.posts, runID: runID, accounts: &accounts, in: db)
    try insertOwnerLists(batch.ownerLists, runID: runID, accounts: &accounts, in: db)
    if batch.owner != nil {
      try insertGone(batch.gone, runID: runID, accounts: &accounts, in: db)
    }
    try insertWarnings(batch.warnings, unknownFiles: batch.unknownFiles, runID: runID, in: db)
    summary.accountsAdded = accounts.added

    try db.execute(
      sql: """
        UPDATE import_run SET finished_at = ?, records_read = ?, accounts_added = ?,
          follows_read = ?, follows_added = ?, posts_read = ?, posts_added = ?,
          duplicate_follows = ?, self_follows = ?, warnings = ?
        WHERE id = ?
        """,
      arguments: [
        UTCTime.timestamp(clock()), summary.recordsRead, summary.accountsAdded,
        summary.followsRead, summary.followsAdded, summary.postsRead, summary.postsAdded,
        summary.duplicateFollows, summary.selfFollows, summary.warnings.count, runID,
      ])
    return summary
  }

  /// Upserts follows in (follower, followed) row-id order; returns how many were new.
  private static func insertFollows(
    _ table: FollowTable, rowIDs: [Int64], seconds: Int64, in db: Database
  ) throws -> Int {
    var order = Array(0..<table.count)
    let pairs = order.map { k in
      (rowIDs[Int(table.followers[k])], rowIDs[Int(table.followed[k])])
    }
    if !zip(pairs, pairs.dropFirst()).allSatisfy({ $0 < $1 }) {
      order.sort { pairs[$0] < pairs[$1] }
    }
    let insert = try BulkStatement(
      db,
      sql: """
        INSERT INTO follow (follower_id, followed_id, first_seen, last_seen) VALUES (?, ?, ?, ?)
        ON CONFLICT (follower_id, followed_id) DO NOTHING
        """)
    let update = try BulkStatement(
      db,
      sql: """
        UPDATE follow SET first_seen = min(first_seen, ?3), last_seen = max(last_seen, ?3)
        WHERE follower_id = ?1 AND followed_id = ?2
        """)
    var added = 0
    for k in order {
      let (from, to) = pairs[k]
      insert.bind(1, from)
      insert.bind(2, to)
      insert.bind(3, seconds)
      insert.bind(4, seconds)
      if try insert.execute() == 1 {
        added += 1
      } else {
        update.bind(1, from)
        update.bind(2, to)
        update.bind(3, seconds)
        try update.execute()
      }
    }
    return added
  }

  /// Records the owner's lists as a snapshot and makes the owner's current follows match the
  /// newest snapshot of each list; returns how many current follows were removed.
  private static func recordSnapshot(
    owner: ExportOwner, ownerRowID: Int64, runID: Int64, table: FollowTable, rowIDs: [Int64],
    in db: Database
  ) throws -> Int {
    let insert = try BulkStatement(
      db,
      sql:
        "INSERT OR IGNORE INTO snapshot_member (import_run_id, relation, account_id) VALUES (?, ?, ?)"
    )
    for k in 0..<table.count {
      let from = rowIDs[Int(table.followers[k])]
      let to = rowIDs[Int(table.followed[k])]
      if owner.listsFollowing && from == ownerRowID {
        insert.bind(1, runID)
        insert.bind(2, "following")
        insert.bind(3, to)
        try insert.execute()
      }
      if owner.listsFollowers && to == ownerRowID {
        insert.bind(1, runID)
        insert.bind(2, "follower")
        insert.bind(3, from)
        try insert.execute()
      }
    }
    var removed = 0
    for (relation, flag, ownerColumn, otherColumn) in [
      ("following", "lists_following", "follower_id", "followed_id"),
      ("follower", "lists_followers", "followed_id", "follower_id"),
    ] {
      guard
        let latest = try Row.fetchOne(
          db,
          sql: """
            SELECT id, observed_at FROM import_run WHERE owner_id = ? AND \(flag) = 1
            ORDER BY observed_at DESC, id DESC LIMIT 1
            """, arguments: [ownerRowID]),
        let latestID: Int64 = latest["id"], let latestText: String = latest["observed_at"],
        let latestDate = UTCTime.parse(latestText)
      else { continue }
      try db.execute(
        sql: """
          DELETE FROM follow WHERE \(ownerColumn) = ? AND last_seen <= ?
            AND \(otherColumn) NOT IN (SELECT account_id FROM snapshot_member
                                       WHERE import_run_id = ? AND relation = ?)
          """,
        arguments: [ownerRowID, Int64(latestDate.timeIntervalSince1970), latestID, relation])
      removed += db.changesCount
    }
    return removed
  }
}
