import FollowModel
import Foundation
import Logging
import PostgresNIO

/// The details one import saves after its follows: follow dates, profiles, posts and their
/// tags, owner lists, warnings. Each goes through `COPY` into a temporary table and one
/// statement, with the SQLite store's rules for repeats.
extension PostgresStore {
  /// Keeps the earliest known start of each follow (`follow.created_at`).
  static func recordFollowDates(
    _ dates: [Follow: Date], accounts: inout PostgresAccountIDs, connection: PostgresConnection,
    logger: Logger
  ) async throws {
    var rows: [(Int64, Int64, String)] = []
    for (follow, date) in dates.sorted(by: { $0.key < $1.key })
    where follow.follower.network == accounts.network && follow.followed.network == accounts.network
    {
      rows.append(
        (
          accounts.rowID(for: follow.follower.value), accounts.rowID(for: follow.followed.value),
          UTCTime.timestamp(date)
        ))
    }
    guard !rows.isEmpty else { return }
    try await accounts.flush(connection, logger: logger)
    try await connection.scratchTable(
      "incoming_follow_date",
      columns: "follower_id bigint, followed_id bigint, created_at text COLLATE \"C\"",
      logger: logger)
    let copied = rows
    try await connection.copyRows(
      into: "incoming_follow_date", columns: ["follower_id", "followed_id", "created_at"],
      logger: logger
    ) { copy in
      for (from, to, created) in copied {
        copy.add(from)
        copy.add(to)
        copy.add(created)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
    try await connection.query(
      """
      UPDATE follow f SET created_at = least(coalesce(f.created_at, d.created_at), d.created_at)
      FROM incoming_follow_date d
      WHERE f.follower_id = d.follower_id AND f.followed_id = d.followed_id
      """, logger: logger)
  }

  /// Applies names, handles and audience counts, unless the stored ones were observed later.
  ///
  /// Several profiles of one account merge in order (a later non-empty field wins), as the
  /// SQLite store's one-by-one updates do.
  static func updateProfiles(
    _ profiles: [Account], observedAt: String, accounts: inout PostgresAccountIDs,
    connection: PostgresConnection, logger: Logger
  ) async throws {
    var merged: [Int64: Account] = [:]
    var order: [Int64] = []
    for profile in profiles where profile.id.network == accounts.network {
      let id = accounts.rowID(for: profile.id.value)
      if let earlier = merged[id] {
        merged[id] = earlier.overlaid(by: profile)
      } else {
        merged[id] = profile
        order.append(id)
      }
    }
    guard !order.isEmpty else { return }
    try await accounts.flush(connection, logger: logger)
    try await connection.scratchTable(
      "incoming_profile",
      columns: """
        id bigint, handle text, display_name text, followers_count bigint,
        following_count bigint, posts_count bigint, listed_count bigint, verified boolean,
        bot boolean, created_at text, last_post_at text
        """, logger: logger)
    let rows = order.compactMap { id in merged[id].map { (id, $0) } }
    try await connection.copyRows(
      into: "incoming_profile",
      columns: [
        "id", "handle", "display_name", "followers_count", "following_count", "posts_count",
        "listed_count", "verified", "bot", "created_at", "last_post_at",
      ], logger: logger
    ) { copy in
      for (id, profile) in rows {
        copy.add(id)
        copy.add(profile.handle)
        copy.add(profile.displayName)
        copy.add(profile.followersCount)
        copy.add(profile.followingCount)
        copy.add(profile.postsCount)
        copy.add(profile.listedCount)
        copy.add(profile.isVerified)
        copy.add(profile.isBot)
        copy.add(profile.createdAt.map(UTCTime.timestamp))
        copy.add(profile.lastPostAt.map(UTCTime.timestamp))
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
    try await connection.query(
      """
      UPDATE account a SET handle = coalesce(p.handle, a.handle),
        display_name = coalesce(p.display_name, a.display_name),
        followers_count = coalesce(p.followers_count, a.followers_count),
        following_count = coalesce(p.following_count, a.following_count),
        posts_count = coalesce(p.posts_count, a.posts_count),
        listed_count = coalesce(p.listed_count, a.listed_count),
        verified = coalesce(p.verified, a.verified), bot = coalesce(p.bot, a.bot),
        created_at = coalesce(p.created_at, a.created_at),
        profile_observed_at = \(observedAt),
        last_post_at = coalesce(p.last_post_at, a.last_post_at)
      FROM incoming_profile p
      WHERE a.id = p.id
        AND (a.profile_observed_at IS NULL OR a.profile_observed_at <= \(observedAt))
      """, logger: logger)
  }
}

extension Account {
  /// This profile with every field `later` knows replaced by `later`'s.
  func overlaid(by later: Account) -> Account {
    var result = self
    result.handle = later.handle ?? handle
    result.displayName = later.displayName ?? displayName
    result.followersCount = later.followersCount ?? followersCount
    result.followingCount = later.followingCount ?? followingCount
    result.postsCount = later.postsCount ?? postsCount
    result.listedCount = later.listedCount ?? listedCount
    result.isVerified = later.isVerified ?? isVerified
    result.isBot = later.isBot ?? isBot
    result.createdAt = later.createdAt ?? createdAt
    result.lastPostAt = later.lastPostAt ?? lastPostAt
    return result
  }
}
