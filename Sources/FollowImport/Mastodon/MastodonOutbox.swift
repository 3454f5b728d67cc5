import FollowModel
import Foundation

/// Reads the posts and boosts of a Mastodon archive's `outbox.json`: an ActivityStreams
/// `OrderedCollection` whose `orderedItems` are `Create` activities embedding a `Note` (posts)
/// and `Announce` activities (boosts, whose `object` is usually only the boosted post's URL).
struct MastodonOutbox {
  /// The posts, boosts included (`isRepost`), in file order.
  private(set) var posts: [Post] = []
  /// Accounts mentioned in posts, with their user name as handle.
  private(set) var mentioned: [String: Account] = [:]
  /// Problems that did not stop the import.
  private(set) var warnings: [ImportWarning] = []
  /// How many activities the collection holds.
  private(set) var activities = 0

  /// Parses `data`.
  ///
  /// - Parameters:
  ///   - data: The bytes of `outbox.json`.
  ///   - path: The file, for messages.
  ///   - owner: The account whose outbox it is.
  ///   - limits: The caps: activities (`--max-records`) and JSON nesting.
  /// - Throws: ``ImportError`` when the file is not an `OrderedCollection`, an activity has
  ///   no id or no readable `published` date, or a cap is exceeded.
  init(data: Data, path: String, owner: AccountID, limits: ImportLimits) throws {
    let maxRecords = limits.maxRecords
    let root = try JSONTree.object(data, path: path, limits: limits)
    let type = root["type"] as? String
    guard type == "OrderedCollection" || type == "OrderedCollectionPage" else {
      throw ImportError.malformed(
        path: path, location: "type",
        reason: "not an ActivityStreams OrderedCollection (type is "
          + (type.map { "'\($0)'" } ?? "missing") + ")")
    }
    guard let items = root["orderedItems"] as? [Any] else {
      throw ImportError.malformed(
        path: path, location: "orderedItems", reason: "the collection has no orderedItems array")
    }
    guard items.count <= maxRecords else {
      throw ImportError.limitExceeded(
        path: path, limit: "record limit", value: "\(items.count) activities > \(maxRecords)",
        option: "--max-records")
    }
    activities = items.count
    let host = String(owner.value.drop { $0 != "@" }.dropFirst())
    var seen: Set<String> = []
    var skipped: [String: Int] = [:]
    for (index, item) in items.enumerated() {
      let location = "orderedItems record \(index + 1)"
      guard let activity = item as? [String: Any] else {
        throw ImportError.malformed(path: path, location: location, reason: "not a JSON object")
      }
      let kind = activity["type"] as? String ?? "(no type)"
      guard kind == "Create" || kind == "Announce" else {
        skipped[kind, default: 0] += 1
        continue
      }
      let object = activity["object"]
      let note = object as? [String: Any]
      if kind == "Create", note == nil {
        skipped["Create without an embedded object", default: 0] += 1
        continue
      }
      guard let id = (kind == "Create" ? note?["id"] : activity["id"]) as? String, !id.isEmpty
      else {
        throw ImportError.malformed(path: path, location: location, reason: "\(kind) without an id")
      }
      let published = (note?["published"] as? String) ?? (activity["published"] as? String)
      guard let date = published.flatMap(UTCTime.parse) else {
        throw ImportError.malformed(
          path: path, location: location,
          reason: "\(kind) \(id): 'published' is missing or not an ISO 8601 date")
      }
      guard seen.insert(id).inserted else {
        skipped["repeated id", default: 0] += 1
        continue
      }
      if kind == "Announce" {
        let target = (object as? String) ?? (object as? [String: Any])?["id"] as? String
        posts.append(
          Post(
            id: id, author: owner, createdAt: date, text: "", isRepost: true,
            urls: target.map { [$0] } ?? [], isShare: true))
      } else if let note {
        posts.append(post(note, id: id, date: date, owner: owner, host: host))
      }
    }
    if !skipped.isEmpty {
      warnings.append(
        ImportWarning(
          location: path,
          message: "activities skipped: "
            + skipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", ")))
    }
  }

  /// The post of a `Create` activity's object.
  private mutating func post(
    _ note: [String: Any], id: String, date: Date, owner: AccountID, host: String
  ) -> Post {
    let content = note["content"] as? String ?? ""
    // Kept in order without repeats; the sets keep a note of many tags linear, not quadratic.
    var hashtags: [String] = []
    var mentions: [String] = []
    var seenHashtags: Set<String> = []
    var seenMentions: Set<String> = []
    for case let tag as [String: Any] in JSONTree.items(note["tag"]) {
      guard let name = tag["name"] as? String else { continue }
      switch tag["type"] as? String {
      case "Hashtag":
        let text = name.hasPrefix("#") ? String(name.dropFirst()) : name
        if !text.isEmpty && seenHashtags.insert(text).inserted { hashtags.append(text) }
      case "Mention":
        let mentionHost = (tag["href"] as? String).flatMap(MastodonAddress.host(ofURL:)) ?? host
        guard let address = MastodonAddress.canonical(name, localDomain: mentionHost) else {
          continue
        }
        if seenMentions.insert(address).inserted { mentions.append(address) }
        if address != owner.value {
          mentioned[address] = Account(
            id: AccountID(network: .mastodon, value: address),
            handle: MastodonAddress.user(of: address))
        }
      default:
        continue
      }
    }
    let languages = (note["contentMap"] as? [String: Any])?.keys.sorted() ?? []
    let replyTo = note["inReplyTo"] as? String
    return Post(
      id: id, author: owner, createdAt: date, text: content, language: languages.first,
      isReply: replyTo != nil, replyToID: replyTo, hashtags: hashtags, mentions: mentions,
      urls: MastodonHTML.links(in: content))
  }

  /// Whether the head of a file looks like an outbox.
  static func looksLikeOutbox(_ head: String) -> Bool {
    head.contains("\"OrderedCollection\"") && head.contains("activitystreams")
  }
}
