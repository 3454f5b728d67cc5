import FollowModel
import Foundation
import PostgresNIO

extension PostgresStore {
  /// Stored posts with their hashtags, mentions and links, sorted by author, time and id.
  public func posts(network: Network?, author: AccountID?) throws -> [Post] {
    try read { [logger] connection in
      let filter = """
        WHERE ($1::text IS NULL OR p.network = $1)
          AND ($2::text IS NULL OR (a.network = $2 AND a.native_id = $3))
        """
      let arguments = binds(network?.rawValue, author?.network.rawValue, author?.value)
      var posts: [Post] = []
      var position: [Int64: Int] = [:]
      let rows = try await connection.query(
        PostgresQuery(
          unsafeSQL: """
            SELECT p.id, p.network, p.native_id, a.native_id, p.created_at, p.text, p.lang,
                   p.is_reply, p.is_repost, p.reply_to_native_id, p.is_share
            FROM post p JOIN account a ON a.id = p.author_id
            \(filter)
            """, binds: arguments), logger: logger)
      for try await row in rows.decode(
        (Int64, String, String, String, String, String, String?, Bool, Bool, String?, Bool).self)
      {
        position[row.0] = posts.count
        posts.append(
          Post(
            id: row.2, author: AccountID(network: Network(rawValue: row.1), value: row.3),
            createdAt: UTCTime.parse(row.4) ?? Date(timeIntervalSince1970: 0), text: row.5,
            language: row.6, isReply: row.7, isRepost: row.8, replyToID: row.9,
            isShare: row.10))
      }
      let tagRows = try await connection.query(
        PostgresQuery(
          unsafeSQL: """
            SELECT t.post_id, t.kind, t.value FROM post_tag t
            JOIN post p ON p.id = t.post_id JOIN account a ON a.id = p.author_id
            \(filter)
            ORDER BY t.post_id, t.kind, t.value
            """, binds: arguments), logger: logger)
      for try await (postID, kind, value) in tagRows.decode((Int64, String, String).self) {
        guard let index = position[postID] else { continue }
        switch kind {
        case "hashtag": posts[index].hashtags.append(value)
        case "mention": posts[index].mentions.append(value)
        case "url": posts[index].urls.append(value)
        default: break
        }
      }
      posts.sort { a, b in
        if a.author != b.author { return a.author < b.author }
        if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
        return NativeIDOrder.areInIncreasingOrder(a.id, b.id)
      }
      return posts
    }
  }
}
