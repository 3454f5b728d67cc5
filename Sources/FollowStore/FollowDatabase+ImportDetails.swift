import FollowModel
import Foundation
import GRDB

/// The details one import saves after its follows: profiles, posts and their tags, warnings.
extension FollowDatabase {
  /// Applies names, handles and audience counts, unless the stored ones were observed later.
  static func updateProfiles(
    _ profiles: [Account], observedAt: String, accounts: inout AccountRowIDs, in db: Database
  ) throws {
    let update = try BulkStatement(
      db,
      sql: """
        UPDATE account SET handle = coalesce(?2, handle), display_name = coalesce(?3, display_name),
          followers_count = coalesce(?4, followers_count),
          following_count = coalesce(?5, following_count),
          posts_count = coalesce(?6, posts_count), listed_count = coalesce(?7, listed_count),
          verified = coalesce(?8, verified), bot = coalesce(?9, bot),
          created_at = coalesce(?10, created_at), profile_observed_at = ?11,
          last_post_at = coalesce(?12, last_post_at)
        WHERE id = ?1 AND (profile_observed_at IS NULL OR profile_observed_at <= ?11)
        """)
    for profile in profiles where profile.id.network == accounts.network {
      update.bind(1, try accounts.rowID(for: profile.id.value))
      update.bind(2, profile.handle)
      update.bind(3, profile.displayName)
      update.bind(4, profile.followersCount)
      update.bind(5, profile.followingCount)
      update.bind(6, profile.postsCount)
      update.bind(7, profile.listedCount)
      update.bind(8, profile.isVerified)
      update.bind(9, profile.isBot)
      update.bind(10, profile.createdAt.map(UTCTime.timestamp))
      update.bind(11, observedAt)
      update.bind(12, profile.lastPostAt.map(UTCTime.timestamp))
      try update.execute()
    }
  }

  /// Inserts posts and their tags; posts already stored are left as they are.
  static func insertPosts(
    _ posts: [Post], runID: Int64, accounts: inout AccountRowIDs, in db: Database
  ) throws -> Int {
    let insert = try BulkStatement(
      db,
      sql: """
        INSERT INTO post (network, native_id, author_id, created_at, text, lang, is_reply,
          is_repost, reply_to_native_id, import_run_id, is_share)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (network, native_id) DO NOTHING
        """)
    let tag = try BulkStatement(
      db, sql: "INSERT OR IGNORE INTO post_tag (post_id, kind, value) VALUES (?, ?, ?)")
    var added = 0
    for post in posts where post.author.network == accounts.network {
      insert.bind(1, post.author.network.rawValue)
      insert.bind(2, post.id)
      insert.bind(3, try accounts.rowID(for: post.author.value))
      insert.bind(4, UTCTime.timestamp(post.createdAt))
      insert.bind(5, post.text)
      insert.bind(6, post.language)
      insert.bind(7, post.isReply)
      insert.bind(8, post.isRepost)
      insert.bind(9, post.replyToID)
      insert.bind(10, runID)
      insert.bind(11, post.isShare)
      guard try insert.execute() == 1 else { continue }
      added += 1
      let postID = insert.lastInsertedRowID
      for (kind, values) in [
        ("hashtag", post.hashtags), ("mention", post.mentions), ("url", post.urls),
      ] {
        for value in values where !value.isEmpty {
          tag.bind(1, postID)
          tag.bind(2, kind)
          tag.bind(3, value)
          try tag.execute()
        }
      }
    }
    return added
  }

  /// Records the import's warnings (the first ``storedWarningLimit``) and unknown files.
  static func insertWarnings(
    _ warnings: [ImportWarning], unknownFiles: [String], runID: Int64, in db: Database
  ) throws {
    let warning = try BulkStatement(
      db,
      sql: "INSERT INTO import_warning (import_run_id, seq, location, message) VALUES (?, ?, ?, ?)")
    for (seq, item) in warnings.prefix(storedWarningLimit).enumerated() {
      warning.bind(1, runID)
      warning.bind(2, Int64(seq))
      warning.bind(3, item.location)
      warning.bind(4, item.message)
      try warning.execute()
    }
    let unknown = try BulkStatement(
      db, sql: "INSERT OR IGNORE INTO import_unknown_file (import_run_id, path) VALUES (?, ?)")
    for path in unknownFiles {
      unknown.bind(1, runID)
      unknown.bind(2, path)
      try unknown.execute()
    }
  }
}
