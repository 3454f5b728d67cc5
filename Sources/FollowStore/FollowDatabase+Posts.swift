import FollowModel
import Foundation
import GRDB

extension FollowDatabase {
  /// Stored posts with the hashtags, mentions and links recorded for them.
  ///
  /// - Parameters:
  ///   - network: Only posts of this network; `nil` for all.
  ///   - author: Only posts of this account; `nil` for all.
  /// - Returns: Posts sorted by author (network, id), publication time and post id
  ///   (``NativeIDOrder``).
  /// - Throws: `DatabaseError` on read failure.
  /// - Complexity: O(*p* log *p* + *t*) for *p* posts and *t* tags read.
  public func posts(network: Network? = nil, author: AccountID? = nil) throws -> [Post] {
    try dbReader.read { db in
      let filter = """
        WHERE (?1 IS NULL OR p.network = ?1)
          AND (?2 IS NULL OR (a.network = ?2 AND a.native_id = ?3))
        """
      let select = try BulkStatement(
        db,
        sql: """
          SELECT p.id, p.network, p.native_id, a.native_id, p.created_at, p.text, p.lang,
                 p.is_reply, p.is_repost, p.reply_to_native_id, p.is_share
          FROM post p JOIN account a ON a.id = p.author_id
          \(filter)
          ORDER BY p.network, p.author_id, p.created_at, p.native_id
          """)
      select.bind(1, network?.rawValue)
      select.bind(2, author?.network.rawValue)
      select.bind(3, author?.value)
      var posts: [Post] = []
      var position: [Int64: Int] = [:]
      try select.forEachRow { row in
        guard let rowID = BulkStatement.optionalInt(row, 0),
          let networkName = BulkStatement.text(row, 1), let id = BulkStatement.text(row, 2),
          let authorID = BulkStatement.text(row, 3), let created = BulkStatement.text(row, 4)
        else { return }
        position[Int64(rowID)] = posts.count
        posts.append(
          Post(
            id: id, author: AccountID(network: Network(rawValue: networkName), value: authorID),
            createdAt: UTCTime.parse(created) ?? Date(timeIntervalSince1970: 0),
            text: BulkStatement.text(row, 5) ?? "", language: BulkStatement.text(row, 6),
            isReply: BulkStatement.optionalInt(row, 7) == 1,
            isRepost: BulkStatement.optionalInt(row, 8) == 1,
            replyToID: BulkStatement.text(row, 9),
            isShare: BulkStatement.optionalInt(row, 10) == 1))
      }
      let tags = try BulkStatement(
        db,
        sql: """
          SELECT t.post_id, t.kind, t.value FROM post_tag t
          JOIN post p ON p.id = t.post_id JOIN account a ON a.id = p.author_id
          \(filter)
          ORDER BY t.post_id, t.kind, t.value
          """)
      tags.bind(1, network?.rawValue)
      tags.bind(2, author?.network.rawValue)
      tags.bind(3, author?.value)
      try tags.forEachRow { row in
        guard let rowID = BulkStatement.optionalInt(row, 0), let index = position[Int64(rowID)],
          let kind = BulkStatement.text(row, 1), let value = BulkStatement.text(row, 2)
        else { return }
        switch kind {
        case "hashtag": posts[index].hashtags.append(value)
        case "mention": posts[index].mentions.append(value)
        case "url": posts[index].urls.append(value)
        default: break
        }
      }
      // Ids that are numbers sort by value within the same second (``NativeIDOrder``).
      posts.sort { a, b in
        if a.author != b.author { return a.author < b.author }
        if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
        return NativeIDOrder.areInIncreasingOrder(a.id, b.id)
      }
      return posts
    }
  }

  /// The stored posts of one author, sorted by publication time, then post id.
  ///
  /// - Parameter author: The author.
  /// - Returns: The posts with their hashtags, mentions and links; empty when the author is
  ///   unknown or wrote nothing.
  /// - Throws: `DatabaseError` on read failure.
  public func posts(by author: AccountID) throws -> [Post] {
    try posts(network: author.network, author: author)
  }
}
