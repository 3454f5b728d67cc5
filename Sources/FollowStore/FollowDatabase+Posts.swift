import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// The stored posts of one author with their hashtags, mentions and links.
  ///
  /// - Parameter author: The author.
  /// - Returns: Posts sorted by creation time, then by post id (``NativeIDOrder``); empty when
  ///   the author is unknown or wrote nothing.
  /// - Throws: `DatabaseError` on read failure.
  /// - Complexity: O(*p* log *p* + *t*) for *p* posts and *t* tags of the author.
  public func posts(by author: AccountID) throws -> [Post] {
    try dbWriter.read { db in
      var posts: [Int64: Post] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT p.id, p.native_id, p.created_at, p.text, p.lang, p.is_reply, p.is_repost,
                 p.reply_to_native_id
          FROM post p JOIN account a ON a.id = p.author_id
          WHERE a.network = ? AND a.native_id = ?
          """, arguments: [author.network.rawValue, author.value])
      while let row = try rows.next() {
        let created: String = row["created_at"]
        posts[row["id"]] = Post(
          id: row["native_id"], author: author,
          createdAt: UTCTime.parse(created) ?? Date(timeIntervalSince1970: 0), text: row["text"],
          language: row["lang"], isReply: row["is_reply"], isRepost: row["is_repost"],
          replyToID: row["reply_to_native_id"])
      }
      let tags = try Row.fetchCursor(
        db,
        sql: """
          SELECT t.post_id, t.kind, t.value
          FROM post_tag t JOIN post p ON p.id = t.post_id JOIN account a ON a.id = p.author_id
          WHERE a.network = ? AND a.native_id = ?
          ORDER BY t.post_id, t.kind, t.value
          """, arguments: [author.network.rawValue, author.value])
      while let row = try tags.next() {
        let id: Int64 = row["post_id"]
        let value: String = row["value"]
        switch row["kind"] as String {
        case "hashtag": posts[id]?.hashtags.append(value)
        case "mention": posts[id]?.mentions.append(value)
        default: posts[id]?.urls.append(value)
        }
      }
      return posts.values.sorted { a, b in
        a.createdAt != b.createdAt
          ? a.createdAt < b.createdAt : NativeIDOrder.areInIncreasingOrder(a.id, b.id)
      }
    }
  }
}
