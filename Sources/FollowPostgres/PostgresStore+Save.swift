import FollowModel
import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
  /// Saves parsed exports, all in one transaction, with the SQLite store's rules: an export
  /// already imported (same content hash and format) is skipped; follows are upserted keeping
  /// the first and last time seen; an owner's lists become a snapshot and set the owner's
  /// current follows.
  ///
  /// Follows go in through `COPY`: straight into `follow` when it is empty (its second index
  /// dropped and built after the load), else through a temporary table and one upsert.
  ///
  /// - Throws: ``PostgresStoreError/writeFailed(reason:)`` after rolling back.
  public func save(_ requests: [ImportRequest], progress: SaveProgressHandler?) throws
    -> [ImportSummary]
  {
    try write { [logger, clock] connection in
      // One import at a time per database: account ids are numbered by the importer.
      try await connection.query("SELECT pg_advisory_xact_lock(1718)", logger: logger)
      var summaries: [ImportSummary] = []
      for request in requests {
        summaries.append(
          try await Self.save(
            request, connection: connection, logger: logger, progress: progress, clock: clock))
      }
      progress?(SaveProgress(step: .commit, done: 0, total: 0))
      return summaries
    }
  }

  private static func save(
    _ request: ImportRequest, connection: PostgresConnection, logger: Logger,
    progress: SaveProgressHandler?, clock: @Sendable () -> Date
  ) async throws -> ImportSummary {
    let batch = request.batch
    var summary = ImportSummary(reading: request)

    if let earlier = try await connection.one(
      """
      SELECT id FROM import_run WHERE content_sha256 = \(request.contentSHA256)
        AND format = \(batch.format) LIMIT 1
      """, as: Int64.self, logger: logger)
    {
      summary.alreadyImportedAs = earlier
      return summary
    }

    var accounts = try await PostgresAccountIDs.load(
      network: batch.network, connection: connection, logger: logger)
    let observed = UTCTime.timestamp(request.observedAt)
    let ownerRowID = batch.owner.map { accounts.rowID(for: $0.account.id.value) }
    let table = batch.follows
    progress?(SaveProgress(step: .accounts, done: 0, total: table.accountIDs.count))
    let followRowIDs = accounts.rowIDs(for: table.accountIDs)
    try await accounts.flush(connection, logger: logger)
    let runID =
      try await connection.one(
        """
        INSERT INTO import_run (id, source_path, format, network, content_sha256, owner_id,
          lists_following, lists_followers, observed_at, started_at, finished_at, records_read,
          accounts_added, follows_read, follows_added, posts_read, posts_added,
          duplicate_follows, self_follows, warnings)
        VALUES ((SELECT coalesce(max(id), 0) + 1 FROM import_run), \(request.sourcePath),
          \(batch.format), \(batch.network.rawValue),
          \(request.contentSHA256), \(ownerRowID), \(batch.owner?.listsFollowing ?? false),
          \(batch.owner?.listsFollowers ?? false), \(observed),
          \(UTCTime.timestamp(request.startedAt)), \(observed), 0, 0, 0, 0, 0, 0, 0, 0, 0)
        RETURNING id
        """, as: Int64.self, logger: logger) ?? 0
    summary.runID = runID
    // Numbered as SQLite numbers rows (the next after the largest; a rolled-back import uses
    // no number), under the import lock; the identity is kept ahead for other writers.
    try await connection.query(
      "SELECT setval(pg_get_serial_sequence('import_run', 'id'), \(runID))", logger: logger)

    progress?(SaveProgress(step: .follows, done: 0, total: table.count))
    let seconds = Int64(request.observedAt.timeIntervalSince1970)
    let pairs = Self.rowPairs(table, rowIDs: followRowIDs)
    let empty =
      try await connection.one(
        "SELECT NOT EXISTS (SELECT 1 FROM follow)", as: Bool.self, logger: logger) ?? false
    if empty {
      summary.followsAdded = try await bulkLoadFollows(
        pairs, seconds: seconds, connection: connection, logger: logger, progress: progress)
    } else {
      summary.followsAdded = try await upsertFollows(
        pairs, seconds: seconds, connection: connection, logger: logger)
    }
    try await recordFollowDates(
      batch.followCreatedAt, accounts: &accounts, connection: connection, logger: logger)
    if let owner = batch.owner, let ownerRowID {
      progress?(SaveProgress(step: .snapshot, done: 0, total: 0))
      summary.followsRemoved = try await recordSnapshot(
        owner: owner, ownerRowID: ownerRowID, runID: runID, pairs: pairs,
        connection: connection, logger: logger)
    }
    progress?(SaveProgress(step: .details, done: 0, total: 0))
    try await updateProfiles(
      (batch.owner.map { [$0.account] } ?? []) + batch.accounts, observedAt: observed,
      accounts: &accounts, connection: connection, logger: logger)
    summary.postsAdded = try await insertPosts(
      batch.posts, runID: runID, accounts: &accounts, connection: connection, logger: logger)
    try await insertOwnerLists(
      batch.ownerLists, runID: runID, accounts: &accounts, connection: connection,
      logger: logger)
    if batch.owner != nil {
      try await insertGone(
        batch.gone, runID: runID, accounts: &accounts, connection: connection, logger: logger)
    }
    try await insertWarnings(
      batch.warnings, unknownFiles: batch.unknownFiles, runID: runID, connection: connection,
      logger: logger)
    summary.accountsAdded = accounts.added

    try await connection.query(
      """
      UPDATE import_run SET finished_at = \(UTCTime.timestamp(clock())),
        records_read = \(summary.recordsRead), accounts_added = \(summary.accountsAdded),
        follows_read = \(summary.followsRead), follows_added = \(summary.followsAdded),
        posts_read = \(summary.postsRead), posts_added = \(summary.postsAdded),
        duplicate_follows = \(summary.duplicateFollows), self_follows = \(summary.selfFollows),
        warnings = \(summary.warnings.count)
      WHERE id = \(runID)
      """, logger: logger)
    return summary
  }

  /// The table's follows as (follower, followed) row ids, sorted.
  ///
  /// - Complexity: O(*m*) when already in order, else O(*m* log *m*) for *m* follows.
  static func rowPairs(_ table: FollowTable, rowIDs: [Int64]) -> [RowPair] {
    var pairs = (0..<table.count).map { k in
      RowPair(from: rowIDs[Int(table.followers[k])], to: rowIDs[Int(table.followed[k])])
    }
    if !zip(pairs, pairs.dropFirst()).allSatisfy({ $0 < $1 }) { pairs.sort() }
    return pairs
  }

  /// Loads follows into an empty `follow`: the reverse index and the foreign keys are
  /// dropped, the rows copied in primary-key order, and the index and keys made again.
  private static func bulkLoadFollows(
    _ pairs: [RowPair], seconds: Int64, connection: PostgresConnection, logger: Logger,
    progress: SaveProgressHandler?
  ) async throws -> Int {
    // As pg_restore does: the reverse index and the two foreign keys go before the load and
    // come back after it, checked in one pass each instead of once per row.
    try await connection.query(
      """
      ALTER TABLE follow DROP CONSTRAINT IF EXISTS follow_follower_id_fkey,
        DROP CONSTRAINT IF EXISTS follow_followed_id_fkey
      """, logger: logger)
    try await connection.query("DROP INDEX IF EXISTS follow_by_followed", logger: logger)
    try await connection.copyRows(
      into: "follow", columns: ["follower_id", "followed_id", "first_seen", "last_seen"],
      logger: logger
    ) { copy in
      for (k, pair) in pairs.enumerated() {
        copy.add(pair.from)
        copy.add(pair.to)
        copy.add(seconds)
        copy.add(seconds)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
        if k & 0xFFFF == 0xFFFF {
          progress?(SaveProgress(step: .follows, done: k, total: pairs.count))
        }
      }
    }
    progress?(SaveProgress(step: .index, done: 0, total: pairs.count))
    try await connection.query(
      "CREATE INDEX follow_by_followed ON follow (followed_id, follower_id)", logger: logger)
    try await connection.query(
      """
      ALTER TABLE follow
        ADD CONSTRAINT follow_follower_id_fkey FOREIGN KEY (follower_id) REFERENCES account (id),
        ADD CONSTRAINT follow_followed_id_fkey FOREIGN KEY (followed_id) REFERENCES account (id)
      """, logger: logger)
    return pairs.count
  }

  /// Upserts follows through a temporary table; returns how many were new.
  private static func upsertFollows(
    _ pairs: [RowPair], seconds: Int64, connection: PostgresConnection, logger: Logger
  ) async throws -> Int {
    try await connection.query(
      """
      CREATE TEMP TABLE IF NOT EXISTS incoming_follow (follower_id bigint, followed_id bigint)
        ON COMMIT DROP
      """, logger: logger)
    try await connection.query("TRUNCATE incoming_follow", logger: logger)
    try await connection.copyRows(
      into: "incoming_follow", columns: ["follower_id", "followed_id"], logger: logger
    ) { copy in
      for pair in pairs {
        copy.add(pair.from)
        copy.add(pair.to)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
    // A row just inserted has xmax 0; one updated by this statement does not.
    let added = try await connection.one(
      """
      WITH upsert AS (
        INSERT INTO follow (follower_id, followed_id, first_seen, last_seen)
        SELECT follower_id, followed_id, \(seconds), \(seconds) FROM incoming_follow
        ORDER BY follower_id, followed_id
        ON CONFLICT (follower_id, followed_id) DO UPDATE
          SET first_seen = least(follow.first_seen, excluded.first_seen),
              last_seen = greatest(follow.last_seen, excluded.last_seen)
        RETURNING (xmax = 0) AS inserted)
      SELECT count(*) FILTER (WHERE inserted) FROM upsert
      """, as: Int64.self, logger: logger)
    return Int(added ?? 0)
  }

  /// Records the owner's lists as a snapshot and makes the owner's current follows match the
  /// newest snapshot of each list; returns how many current follows were removed.
  private static func recordSnapshot(
    owner: ExportOwner, ownerRowID: Int64, runID: Int64, pairs: [RowPair],
    connection: PostgresConnection, logger: Logger
  ) async throws -> Int {
    var members: Set<SnapshotRow> = []
    for pair in pairs {
      if owner.listsFollowing && pair.from == ownerRowID {
        members.insert(SnapshotRow(relation: "following", account: pair.to))
      }
      if owner.listsFollowers && pair.to == ownerRowID {
        members.insert(SnapshotRow(relation: "follower", account: pair.from))
      }
    }
    let sorted = members.sorted { ($0.relation, $0.account) < ($1.relation, $1.account) }
    try await connection.copyRows(
      into: "snapshot_member", columns: ["import_run_id", "relation", "account_id"],
      logger: logger
    ) { copy in
      for member in sorted {
        copy.add(runID)
        copy.add(member.relation)
        copy.add(member.account)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
    var removed = 0
    for (relation, flag, ownerColumn, otherColumn) in [
      ("following", "lists_following", "follower_id", "followed_id"),
      ("follower", "lists_followers", "followed_id", "follower_id"),
    ] {
      let latest = try await connection.query(
        PostgresQuery(
          unsafeSQL: """
            SELECT id, observed_at FROM import_run WHERE owner_id = $1 AND \(flag)
            ORDER BY observed_at DESC, id DESC LIMIT 1
            """, binds: binds(ownerRowID)), logger: logger)
      var found: (Int64, String)?
      for try await row in latest.decode((Int64, String).self) { found = row }
      guard let (latestID, latestText) = found, let latestDate = UTCTime.parse(latestText)
      else { continue }
      let deleted = try await connection.query(
        PostgresQuery(
          unsafeSQL: """
            WITH gone AS (
              DELETE FROM follow WHERE \(ownerColumn) = $1 AND last_seen <= $2
                AND \(otherColumn) NOT IN (SELECT account_id FROM snapshot_member
                                           WHERE import_run_id = $3 AND relation = $4)
              RETURNING 1)
            SELECT count(*) FROM gone
            """,
          binds: binds(
            ownerRowID, Int64(latestDate.timeIntervalSince1970), latestID, relation)),
        logger: logger)
      for try await count in deleted.decode(Int64.self) { removed += Int(count) }
    }
    return removed
  }
}

/// A follow as (follower, followed) row ids, ordered by follower then followed.
struct RowPair: Comparable, Sendable {
  var from: Int64
  var to: Int64

  static func < (a: RowPair, b: RowPair) -> Bool { (a.from, a.to) < (b.from, b.to) }
}

/// One member of a snapshot being recorded.
private struct SnapshotRow: Hashable {
  var relation: String
  var account: Int64
}
