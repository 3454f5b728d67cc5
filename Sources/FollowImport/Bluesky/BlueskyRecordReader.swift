import FollowModel
import Foundation

/// Turns the current records of one Bluesky repository into follows, posts and reposts, and
/// counts the collections it skips.
struct BlueskyRecordReader {
  static let follow = "app.bsky.graph.follow"
  static let post = "app.bsky.feed.post"
  static let repost = "app.bsky.feed.repost"
  static let profile = "app.bsky.actor.profile"

  /// The repository's DID.
  let owner: AccountID
  /// The file, for warnings.
  let path: String
  private(set) var builder = FollowTableBuilder(network: .bluesky)
  private(set) var followCreatedAt: [Follow: Date] = [:]
  private(set) var posts: [Post] = []
  private(set) var collections: [String: Int] = [:]
  private(set) var warnings: [ImportWarning] = []
  private(set) var displayName: String?
  private var mentioned: [String: (handle: String, at: Date)] = [:]
  private var badFacetPosts = 0
  private var skippedRecords = 0
  private var firstSkipped: String?

  init(owner: AccountID, path: String) {
    self.owner = owner
    self.path = path
    _ = builder.index(of: owner.value)
  }

  /// Reads the record stored under `key` (`collection/rkey`).
  ///
  /// - Parameters:
  ///   - key: The MST key.
  ///   - record: The decoded record.
  mutating func add(key: String, record: CBORValue) {
    let collection = key.split(separator: "/", maxSplits: 1).first.map(String.init) ?? key
    collections[collection, default: 0] += 1
    let uri = "at://\(owner.value)/\(key)"
    switch collection {
    case Self.follow:
      // Current lexicon: `subject` is a DID; an early draft used `{did, declarationCid}`.
      guard let subject = record["subject"]?.text ?? record["subject"]?["did"]?.text,
        ATProtoIdentifier.isValidDID(subject)
      else { return skip(key, "no valid subject DID") }
      let followed = builder.index(of: subject)
      builder.add(follower: 0, followed: followed)
      if let created = record["createdAt"]?.text.flatMap(UTCTime.parse) {
        let follow = Follow(follower: owner, followed: AccountID(network: .bluesky, value: subject))
        followCreatedAt[follow] = min(followCreatedAt[follow] ?? created, created)
      }
    case Self.post:
      guard let text = record["text"]?.text else { return skip(key, "no text") }
      guard let created = record["createdAt"]?.text.flatMap(UTCTime.parse) else {
        return skip(key, "no readable createdAt")
      }
      let facets = BlueskyFacets(record["facets"], text: text)
      if facets.badRanges > 0 { badFacetPosts += 1 }
      var hashtags: [String] = []
      var seen: Set<String> = []  // linear in the number of tags, not quadratic
      for tag in facets.hashtags + (record["tags"]?.array ?? []).compactMap(\.text)
      where seen.insert(tag).inserted {
        hashtags.append(tag)
      }
      for mention in facets.mentions {
        if let handle = mention.handle, (mentioned[mention.did]?.at ?? .distantPast) <= created {
          mentioned[mention.did] = (handle, created)
        }
      }
      var links = facets.links
      if let external = record["embed"]?["external"]?["uri"]?.text, !links.contains(external) {
        links.append(external)
      }
      let parent = record["reply"]?["parent"]?["uri"]?.text
      posts.append(
        Post(
          id: uri, author: owner, createdAt: created, text: text,
          language: record["langs"]?.array?.first?.text, isReply: parent != nil,
          replyToID: parent, hashtags: hashtags,
          mentions: facets.mentions.map { $0.handle ?? $0.did }, urls: links))
    case Self.repost:
      guard let subject = record["subject"]?["uri"]?.text else { return skip(key, "no subject") }
      guard let created = record["createdAt"]?.text.flatMap(UTCTime.parse) else {
        return skip(key, "no readable createdAt")
      }
      posts.append(
        Post(
          id: uri, author: owner, createdAt: created, text: "", isRepost: true, urls: [subject],
          isShare: true))
    case Self.profile:
      displayName = record["displayName"]?.text ?? displayName
    default:
      break
    }
  }

  private mutating func skip(_ key: String, _ reason: String) {
    skippedRecords += 1
    if firstSkipped == nil { firstSkipped = "\(key): \(reason)" }
  }

  /// The warnings of the whole repository: skipped records, facets off their text and the
  /// collections FollowGraph does not read.
  func summaryWarnings() -> [ImportWarning] {
    var out = warnings
    if skippedRecords > 0, let firstSkipped {
      out.append(
        ImportWarning(
          location: path,
          message: "\(skippedRecords) follow, post or repost records skipped as incomplete "
            + "(first: \(firstSkipped))"))
    }
    if badFacetPosts > 0 {
      out.append(
        ImportWarning(
          location: path,
          message: "\(badFacetPosts) posts have facets whose UTF-8 byte range does not match "
            + "the text; their tags are taken from the facet"))
    }
    let other = collections.filter {
      ![Self.follow, Self.post, Self.repost].contains($0.key)
    }.sorted { $0.key < $1.key }
    if !other.isEmpty {
      out.append(
        ImportWarning(
          location: path,
          message: "records of other collections counted and skipped: "
            + other.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
    }
    return out
  }

  /// Account records for mentioned DIDs with the handle of their latest mention.
  func mentionedAccounts() -> [Account] {
    mentioned.filter { $0.key != owner.value }.sorted { $0.key < $1.key }.map {
      Account(id: AccountID(network: .bluesky, value: $0.key), handle: $0.value.handle)
    }
  }
}
