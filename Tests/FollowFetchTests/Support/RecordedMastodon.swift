import Foundation

/// A Mastodon server on loopback replaying the recorded fosstodon.org exchanges of
/// `api-recordings/mastodon-rtoot/` (account, followers and following pages with their
/// `Link` and `X-RateLimit-*` headers; the Link URLs pointed at loopback), for an owner
/// `schochastics@fosstodon.org` who follows 3 accounts, one of which last posted 2023-11-21.
///
/// With ``laterFetch`` set, the lists are those of a later fetch: follower `diegantobass` was
/// deleted (lookup 404), follower `thomasw@toot.community` unfollowed (lookup answers), and
/// followed `christophsax@cyberplace.social` was suspended (lookup `suspended: true`).
final class RecordedMastodon: @unchecked Sendable {
  static let owner = "schochastics@fosstodon.org"
  let account: Recording
  let followers: Recording
  let following: Recording
  /// The base URL the `Link` headers are rewritten to.
  var baseURL = ""
  /// Serve the later fetch's lists and lookups.
  var laterFetch = false
  /// Accounts (`acct` as the server writes it) deleted, unfollowed and suspended by then.
  static let deleted = "diegantobass"
  static let unfollowed = "thomasw@toot.community"
  static let suspended = "christophsax@cyberplace.social"

  init() throws {
    account = try Recording.load("mastodon-rtoot/get_account_default.yml")
    followers = try Recording.load("mastodon-rtoot/get_account_followers_default.yml")
    following = try Recording.load("mastodon-rtoot/get_account_following_default.yml")
  }

  /// The recorded Account entities of a list page, as JSON objects.
  private func entities(_ recording: Recording) -> [[String: Any]] {
    let object = try? JSONSerialization.jsonObject(with: Data(recording.body.utf8))
    return (object as? [[String: Any]]) ?? []
  }

  private func json(_ value: Any) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: value)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// The recorded first page, its `Link` pointed at loopback; later fetches leave out the
  /// accounts that went since.
  private func firstPage(_ recording: Recording) -> ServerReply {
    let headers = recording.headers.map { name, value in
      name.lowercased() == "link"
        ? (name, value.replacingOccurrences(of: "https://fosstodon.org", with: baseURL))
        : (name, value)
    }
    guard laterFetch else { return ServerReply(headers: headers, body: recording.body) }
    let gone: Set<String> = [Self.deleted, Self.unfollowed, Self.suspended]
    let kept = entities(recording).filter { !gone.contains(($0["acct"] as? String) ?? "") }
    return ServerReply(headers: headers, body: json(kept))
  }

  /// `accounts/lookup`: the owner, and the accounts of the recorded lists (404 once deleted,
  /// `suspended: true` once suspended).
  private func lookup(_ acct: String) -> ServerReply {
    let notFound = ServerReply(status: 404, body: #"{"error":"Record not found"}"#)
    if acct == Self.owner { return ServerReply(headers: account.headers, body: account.body) }
    let local = acct.hasSuffix("@fosstodon.org") ? String(acct.dropLast(14)) : acct
    if laterFetch && local == Self.deleted { return notFound }
    guard
      var entity = (entities(followers) + entities(following)).first(where: {
        ($0["acct"] as? String) == local
      })
    else { return notFound }
    if laterFetch && local == Self.suspended { entity["suspended"] = true }
    return .json(json(entity))
  }

  /// Answers one request.
  func handle(_ request: ServerRequest) -> ServerReply {
    let list = "/api/v1/accounts/109302436954721982/"
    switch request.path {
    case "/api/v1/accounts/lookup":
      return lookup(request.value("acct") ?? "")
    case list + "followers", list + "following":
      // The page after the recorded one is the end of the list.
      guard request.value("max_id") == nil else { return .json("[]") }
      return firstPage(request.path.hasSuffix("followers") ? followers : following)
    default:
      return ServerReply(status: 404, body: #"{"error":"Record not found"}"#)
    }
  }
}
