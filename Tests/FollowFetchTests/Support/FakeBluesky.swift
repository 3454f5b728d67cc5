import Foundation

/// A Bluesky AppView on loopback replaying the recorded exchanges of
/// `api-recordings/bluesky-bskyr/` (with their `RateLimit-*` headers) for the first pages,
/// and answering later pages, `getProfile` and `getProfiles` in the lexicon's exact shapes.
final class FakeBluesky: @unchecked Sendable {
  let resolve: Recording
  let profiles: Recording
  let followers: Recording
  let follows: Recording
  let feed: Recording
  /// The DIDs of the recorded follower and follow lists.
  let followerDIDs: [String]
  let followDIDs: [String]
  /// The owner's DID.
  let ownerDID: String
  /// A listed account whose profile no longer resolves (absent from `getProfiles`).
  let deletedDID: String
  /// The first getFollows request answers 429 with `RateLimit-Reset` 30 s after `now`.
  var rateLimitOnce = false
  /// Accounts deleted since an earlier fetch: gone from the lists and from `getProfiles`.
  var deletedSince: Set<String> = []
  /// Accounts that unfollowed since an earlier fetch: gone from the lists only.
  var unfollowedSince: Set<String> = []
  let now: Date
  private let lock = NSLock()
  private var limited = false

  /// Two more followers, on a second page shorter than the limit.
  static let extraFollowers = [
    "did:plc:extraaaaaaaaaaaaaaaaaaa1", "did:plc:extraaaaaaaaaaaaaaaaaaa2",
  ]

  init(now: Date) throws {
    self.now = now
    resolve = try Recording.load("bluesky-bskyr/i_resolveh.yml")
    profiles = try Recording.load("bluesky-bskyr/a_profile.yml")
    followers = try Recording.load("bluesky-bskyr/g_followers.yml")
    follows = try Recording.load("bluesky-bskyr/g_follows.yml")
    feed = try Recording.load("bluesky-bskyr/f_autfeed.yml")
    func dids(_ recording: Recording, _ key: String) throws -> [String] {
      let object = try JSONSerialization.jsonObject(with: Data(recording.body.utf8))
      let list = ((object as? [String: Any])?[key] as? [[String: Any]]) ?? []
      return list.compactMap { $0["did"] as? String }
    }
    followerDIDs = try dids(followers, "followers")
    followDIDs = try dids(follows, "follows")
    ownerDID = try dids(profiles, "profiles").first ?? ""
    deletedDID = followDIDs.last ?? ""
  }

  /// The cursor of a recorded page.
  private func cursor(_ recording: Recording) -> String? {
    let object = try? JSONSerialization.jsonObject(with: Data(recording.body.utf8))
    return (object as? [String: Any])?["cursor"] as? String
  }

  /// A `profileViewDetailed` with counts derived from the DID, and fields the fetch ignores.
  private func profileJSON(_ did: String) -> String {
    let number = did.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 10_007 }
    return """
      {"did":"\(did)","handle":"h\(number).bsky.social","displayName":"P \(number)",\
      "associated":{"lists":0},"labels":[],"createdAt":"2024-01-01T00:00:00.000Z",\
      "indexedAt":"2024-01-01T00:00:00.000Z","followersCount":\(number),\
      "followsCount":\(number % 100),"postsCount":\(number % 17)}
      """
  }

  /// Answers one request.
  func handle(_ request: ServerRequest) -> ServerReply {
    switch request.path {
    case "/xrpc/com.atproto.identity.resolveHandle":
      return resolve.reply
    case "/xrpc/app.bsky.actor.getProfile":
      let object = try? JSONSerialization.jsonObject(with: Data(profiles.body.utf8))
      let first = ((object as? [String: Any])?["profiles"] as? [[String: Any]])?.first ?? [:]
      let data = (try? JSONSerialization.data(withJSONObject: first)) ?? Data()
      return ServerReply(headers: profiles.headers, body: String(decoding: data, as: UTF8.self))
    case "/xrpc/app.bsky.graph.getFollowers":
      guard let cursor = request.value("cursor") else { return followers.reply }
      guard cursor == self.cursor(followers) else { return .json(#"{"followers":[]}"#) }
      let departed = deletedSince.union(unfollowedSince)
      let entries = Self.extraFollowers.filter { !departed.contains($0) }.map {
        #"{"did":"\#($0)","handle":"x.bsky.social","labels":[],"viewer":{"muted":false}}"#
      }
      return .json(
        #"{"subject":{"did":"\#(ownerDID)","handle":"chriskenny.bsky.social"},"followers":["#
          + entries.joined(separator: ",") + "]}")
    case "/xrpc/app.bsky.graph.getFollows":
      lock.lock()
      let limitNow = rateLimitOnce && !limited
      limited = limited || limitNow
      lock.unlock()
      if limitNow {
        return ServerReply(
          status: 429,
          headers: [
            ("RateLimit-Limit", "3000"), ("RateLimit-Remaining", "0"),
            ("RateLimit-Reset", String(Int(now.timeIntervalSince1970) + 30)),
            ("RateLimit-Policy", "3000;w=300"),
          ], body: #"{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}"#)
      }
      guard request.value("cursor") != nil else { return follows.reply }
      return .json(#"{"subject":{"did":"\#(ownerDID)","handle":"c.bsky.social"},"follows":[]}"#)
    case "/xrpc/app.bsky.actor.getProfiles":
      let actors = request.query.filter { $0.0 == "actors" }.map(\.1)
      let found = actors.filter { $0 != deletedDID && !deletedSince.contains($0) }.map(
        profileJSON)
      return .json(#"{"profiles":["# + found.joined(separator: ",") + "]}")
    case "/xrpc/app.bsky.feed.getAuthorFeed":
      return request.value("cursor") == nil ? feed.reply : .json(#"{"feed":[]}"#)
    default:
      return ServerReply(
        status: 501, body: #"{"error":"MethodNotImplemented","message":"Method Not Implemented"}"#)
    }
  }
}
