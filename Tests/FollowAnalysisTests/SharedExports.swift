import FollowImport
import FollowModel
import FollowTestSupport
import Foundation

/// Real posts from `../shared/reference/exports/`, read in place.
enum SharedExports {
  /// Every tweet of the 2022 X/Twitter archive, parsed by our own importer.
  static func twitterPosts() throws -> [Post] {
    let source = try ImportSource(path: ReferenceData.url("exports/twitter-archive-2022").path)
    return try TwitterArchiveFormat.parse(source, context: ParseContext()).posts
  }

  /// The tweet with id `id`.
  static func tweet(_ id: String) throws -> Post {
    guard let post = try twitterPosts().first(where: { $0.id == id }) else {
      throw CocoaError(.fileReadCorruptFile)
    }
    return post
  }

  /// The HTML `content` of the Mastodon status whose URL ends in `statusID`.
  static func mastodonContent(_ statusID: String) throws -> String {
    let data = try Data(contentsOf: ReferenceData.url("exports/mastodon-archive/outbox.json"))
    let outbox = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let items = outbox?["orderedItems"] as? [[String: Any]] ?? []
    for item in items {
      guard let note = item["object"] as? [String: Any], let id = note["id"] as? String,
        id.hasSuffix("/" + statusID), let content = note["content"] as? String
      else { continue }
      return content
    }
    throw CocoaError(.fileReadCorruptFile)
  }
}
