import FollowModel
import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
  /// Inserts posts and their tags; returns how many were added.
  ///
  /// Posts already stored (or repeated in the batch) are left as they are, and only the posts
  /// this import adds get tags.
  static func insertPosts(
    _ posts: [Post], runID: Int64, accounts: inout PostgresAccountIDs,
    connection: PostgresConnection, logger: Logger
  ) async throws -> Int {
    var seen: Set<String> = []
    var rows: [(Int64, Post)] = []
    for post in posts where post.author.network == accounts.network {
      guard seen.insert(post.id).inserted else { continue }
      rows.append((accounts.rowID(for: post.author.value), post))
    }
    guard !rows.isEmpty else { return 0 }
    try await accounts.flush(connection, logger: logger)
    try await connection.scratchTable(
      "incoming_post",
      columns: """
        ord bigint, native_id text COLLATE "C", author_id bigint, created_at text, text text,
        lang text, is_reply boolean, is_repost boolean, reply_to_native_id text, is_share boolean
        """, logger: logger)
    let copied = rows
    try await connection.copyRows(
      into: "incoming_post",
      columns: [
        "ord", "native_id", "author_id", "created_at", "text", "lang", "is_reply", "is_repost",
        "reply_to_native_id", "is_share",
      ], logger: logger
    ) { copy in
      for (ord, (author, post)) in copied.enumerated() {
        copy.add(Int64(ord))
        copy.add(post.id)
        copy.add(author)
        copy.add(UTCTime.timestamp(post.createdAt))
        copy.add(post.text)
        copy.add(post.language)
        copy.add(post.isReply)
        copy.add(post.isRepost)
        copy.add(post.replyToID)
        copy.add(post.isShare)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
    let network = accounts.network.rawValue
    let added =
      try await connection.one(
        """
        WITH added AS (
          INSERT INTO post (network, native_id, author_id, created_at, text, lang, is_reply,
            is_repost, reply_to_native_id, import_run_id, is_share)
          SELECT \(network), native_id, author_id, created_at, text, lang, is_reply, is_repost,
            reply_to_native_id, \(runID), is_share
          FROM incoming_post ORDER BY ord
          ON CONFLICT (network, native_id) DO NOTHING
          RETURNING 1)
        SELECT count(*) FROM added
        """, as: Int64.self, logger: logger) ?? 0
    try await connection.scratchTable(
      "incoming_post_tag", columns: "native_id text COLLATE \"C\", kind text, value text",
      logger: logger)
    try await connection.copyRows(
      into: "incoming_post_tag", columns: ["native_id", "kind", "value"], logger: logger
    ) { copy in
      for (_, post) in copied {
        for (kind, values) in [
          ("hashtag", post.hashtags), ("mention", post.mentions), ("url", post.urls),
        ] {
          for value in values where !value.isEmpty {
            copy.add(post.id)
            copy.add(kind)
            copy.add(value)
            copy.endRow()
            if copy.isFull { try await copy.flush() }
          }
        }
      }
    }
    try await connection.query(
      """
      INSERT INTO post_tag (post_id, kind, value)
      SELECT p.id, t.kind, t.value FROM incoming_post_tag t
      JOIN post p ON p.network = \(network) AND p.native_id = t.native_id
      WHERE p.import_run_id = \(runID)
      ON CONFLICT DO NOTHING
      """, logger: logger)
    return Int(added)
  }

  /// Records the owner's lists (pending requests, recently unfollowed, …) of one import.
  static func insertOwnerLists(
    _ lists: [OwnerList], runID: Int64, accounts: inout PostgresAccountIDs,
    connection: PostgresConnection, logger: Logger
  ) async throws {
    var seen: Set<String> = []
    var rows: [(String, Int64, Int64, String?)] = []
    for list in lists {
      for (seq, entry) in list.entries.enumerated() {
        let id = accounts.rowID(for: entry.nativeID)
        guard seen.insert("\(list.kind.rawValue)\t\(id)").inserted else { continue }
        rows.append((list.kind.rawValue, id, Int64(seq), entry.listedAt.map(UTCTime.timestamp)))
      }
    }
    guard !rows.isEmpty else { return }
    try await accounts.flush(connection, logger: logger)
    let copied = rows
    try await connection.copyRows(
      into: "owner_list_member",
      columns: ["import_run_id", "kind", "account_id", "seq", "listed_at"], logger: logger
    ) { copy in
      for (kind, id, seq, listedAt) in copied {
        copy.add(runID)
        copy.add(kind)
        copy.add(id)
        copy.add(seq)
        copy.add(listedAt)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
  }

  /// Records the accounts the fetch found gone for the owner's snapshot (one row per account;
  /// the first reason wins).
  static func insertGone(
    _ gone: [GoneAccount], runID: Int64, accounts: inout PostgresAccountIDs,
    connection: PostgresConnection, logger: Logger
  ) async throws {
    var seen: Set<Int64> = []
    var rows: [(Int64, String)] = []
    for account in gone {
      let id = accounts.rowID(for: account.id)
      if seen.insert(id).inserted { rows.append((id, account.reason.rawValue)) }
    }
    guard !rows.isEmpty else { return }
    try await accounts.flush(connection, logger: logger)
    let copied = rows
    try await connection.copyRows(
      into: "snapshot_gone", columns: ["import_run_id", "account_id", "reason"], logger: logger
    ) { copy in
      for (id, reason) in copied {
        copy.add(runID)
        copy.add(id)
        copy.add(reason)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
  }

  /// Records the import's warnings (the first 1,000, as the SQLite store) and unknown files.
  static func insertWarnings(
    _ warnings: [ImportWarning], unknownFiles: [String], runID: Int64,
    connection: PostgresConnection, logger: Logger
  ) async throws {
    let kept = Array(warnings.prefix(storedWarningLimit))
    if !kept.isEmpty {
      try await connection.copyRows(
        into: "import_warning", columns: ["import_run_id", "seq", "location", "message"],
        logger: logger
      ) { copy in
        for (seq, item) in kept.enumerated() {
          copy.add(runID)
          copy.add(Int64(seq))
          copy.add(item.location)
          copy.add(item.message)
          copy.endRow()
          if copy.isFull { try await copy.flush() }
        }
      }
    }
    var seen: Set<String> = []
    let paths = unknownFiles.filter { seen.insert($0).inserted }
    guard !paths.isEmpty else { return }
    try await connection.copyRows(
      into: "import_unknown_file", columns: ["import_run_id", "path"], logger: logger
    ) { copy in
      for path in paths {
        copy.add(runID)
        copy.add(path)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
  }

  /// How many warnings of one import are kept in `import_warning`; the count is always exact.
  public static let storedWarningLimit = 1_000
}
