import Foundation
import NIOCore

/// A Mastodon server on loopback with a synthetic owner `alice@example.social`, answering in
/// the API's exact shapes (Account entities with fields FollowGraph ignores, `Link` headers
/// whose max_id values are not account ids, `X-RateLimit-*` headers), with faults on demand.
final class FakeMastodon: @unchecked Sendable {
  /// Faults the server injects.
  struct Faults {
    /// The first request of each path answers 429 with `X-RateLimit-Reset` this many seconds
    /// ahead.
    var rateLimitOnceFor: String?
    /// The first request of this path answers 503.
    var serverErrorOnceFor: String?
    /// The first request of this path drops the connection.
    var dropOnceFor: String?
    /// The first request of this path is answered after 20 s.
    var slowOnceFor: String?
    /// The followers' Link repeats page 2 forever.
    var loopingFollowers = false
    /// The owner hides followers: an empty list while the count is positive.
    var hiddenFollowers = false
    /// The owner hides its followers count (`followers_count` -1, as servers that hide the
    /// network answer) and its followers list is empty.
    var negativeFollowersCount = false
    /// Page sizes of the followers list (shorter than the limit, still continuing).
    var shortPages = false
    /// A page that never ends: every followers page links to a new one.
    var endlessFollowers = false
    /// Requests of the followers page with this `max_id` get no answer (for 10 minutes) until
    /// ``FakeMastodon/releaseStall()``; ``FakeMastodon/stalled`` tells one arrived.
    var stallFollowersAt: String?
  }

  let host = "example.social"
  let followers: [Int]
  let following: [Int]
  var faults: Faults
  private let lock = NSLock()
  private var seenPaths: Set<String> = []
  private(set) var requests = 0
  private var stalledOnce = false
  private var stallReleased = false
  /// Whether the stalled request has arrived.
  var stalled: Bool { lock.withLock { stalledOnce } }
  /// Answers the stalled page normally from now on.
  func releaseStall() { lock.withLock { stallReleased = true } }
  private(set) var authorizationHeaders: [String] = []
  var baseURL = ""
  /// The wall clock as the server sees it, for `X-RateLimit-Reset`.
  let now: Date

  /// Creates a world where alice has `followers` followers and follows `following` accounts;
  /// the first `mutual` of each are the same accounts.
  init(followers: Int, following: Int, mutual: Int, faults: Faults = Faults(), now: Date) {
    self.followers = Array(1...max(1, followers)).prefix(followers).map { $0 }
    self.following = (0..<following).map { $0 < mutual ? $0 + 1 : 100_000 + $0 }
    self.faults = faults
    self.now = now
  }

  /// The account number's address: even numbers are local (`acct` without a host).
  static func address(_ number: Int) -> String {
    number % 2 == 0 ? "user\(number)@example.social" : "user\(number)@remote.example"
  }

  /// The JSON of Account entity `number` (1 is a bot; 7 posted long ago).
  func accountJSON(_ number: Int, id: String? = nil) -> String {
    let acct = number % 2 == 0 ? "user\(number)" : "user\(number)@remote.example"
    let lastStatus = number == 7 ? "2020-01-02" : "2026-11-30"
    return """
      {"id":"\(id ?? String(1_000_000 + number))","username":"user\(number)","acct":"\(acct)",\
      "display_name":"User \(number)","locked":false,"bot":\(number == 1),"discoverable":true,\
      "group":false,"created_at":"2022-11-09T00:00:00.000Z","note":"<p>hi</p>",\
      "url":"https://example.social/@user\(number)","uri":"https://example.social/users/user\(number)",\
      "avatar":"https://example.social/a.png","emojis":[],"fields":[],\
      "followers_count":\(number * 10),"following_count":\(number),"statuses_count":\(number * 3),\
      "last_status_at":"\(lastStatus)","hide_collections":null,"new_future_field":{"x":[1,2]}}
      """
  }

  /// Answers one request.
  func handle(_ request: ServerRequest) -> ServerReply {
    lock.lock()
    defer { lock.unlock() }
    requests += 1
    if let authorization = request.headers["authorization"] {
      authorizationHeaders.append(authorization)
    }
    if let stall = faults.stallFollowersAt, !stallReleased,
      request.path == "/api/v1/accounts/1/followers", request.value("max_id") == stall
    {
      stalledOnce = true
      var reply = route(request)
      reply.delay = .seconds(600)
      return reply
    }
    // Each fault fires once, on the first request of its path.
    if seenPaths.insert(request.path).inserted {
      if faults.rateLimitOnceFor == request.path {
        let reset = now.addingTimeInterval(42)
        return ServerReply(
          status: 429,
          headers: [
            ("X-RateLimit-Limit", "300"), ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", ISO8601DateFormatter().string(from: reset)),
          ], body: #"{"error":"Too many requests"}"#)
      }
      if faults.serverErrorOnceFor == request.path {
        return ServerReply(status: 503, body: "<html>busy</html>")
      }
      if faults.dropOnceFor == request.path { return ServerReply(drop: true) }
      if faults.slowOnceFor == request.path {
        var reply = route(request)
        reply.delay = .seconds(20)
        return reply
      }
    }
    return route(request)
  }

  private func route(_ request: ServerRequest) -> ServerReply {
    let limits = [
      ("X-RateLimit-Limit", "300"), ("X-RateLimit-Remaining", "250"),
      ("X-RateLimit-Reset", "2025-07-17T13:45:00.241610Z"),
    ]
    switch request.path {
    case "/api/v1/accounts/lookup":
      guard request.value("acct") == "alice@example.social" else {
        return ServerReply(status: 404, body: #"{"error":"Record not found"}"#)
      }
      return .json(ownerJSON, headers: limits)
    case "/api/v1/accounts/1/followers":
      if faults.hiddenFollowers || faults.negativeFollowersCount {
        return .json("[]", headers: limits)
      }
      return page(followers, request: request, list: "followers", size: faults.shortPages ? 7 : 80)
    case "/api/v1/accounts/1/following":
      return page(following, request: request, list: "following", size: 80)
    case "/api/v1/accounts/1/statuses":
      return .json(statusesJSON, headers: limits)
    default:
      return neighbourList(request)
        ?? ServerReply(status: 404, body: #"{"error":"Record not found"}"#)
    }
  }

  /// Depth 2: account `n`'s followers are n+1000 and n+2000, its following n+3000; account 3
  /// was deleted (404) and account 5 hides its followers.
  private func neighbourList(_ request: ServerRequest) -> ServerReply? {
    let parts = request.path.split(separator: "/")
    guard parts.count == 5, parts[3] != "1", let id = Int(parts[3]), id > 1_000_000 else {
      return nil
    }
    let number = id - 1_000_000
    if number == 3 { return ServerReply(status: 404, body: #"{"error":"Record not found"}"#) }
    switch parts[4] {
    case "followers" where number == 5: return .json("[]")
    case "followers": return .json("[\(accountJSON(number + 1000)),\(accountJSON(number + 2000))]")
    case "following": return .json("[\(accountJSON(number + 3000))]")
    default: return nil
    }
  }

  private var ownerJSON: String {
    accountJSON(0, id: "1").replacingOccurrences(of: "\"user0\"", with: "\"alice\"")
      .replacingOccurrences(
        of: "\"followers_count\":0,\"following_count\":0",
        with:
          "\"followers_count\":\(faults.negativeFollowersCount ? -1 : followers.count),"
          + "\"following_count\":\(following.count)")
  }

  private var statusesJSON: String {
    """
    [{"id":"113","created_at":"2026-11-01T10:00:00.000Z","in_reply_to_id":null,\
    "content":"<p>own post</p>","language":"en","reblog":null,"tags":[{"name":"swift"}],\
    "mentions":[{"acct":"user2"}],"visibility":"public"},\
    {"id":"112","created_at":"2026-10-01T10:00:00.000Z","in_reply_to_id":null,"content":"",\
    "language":null,"reblog":{"id":"99","url":"https://remote.example/@x/99"},"tags":[],\
    "mentions":[],"visibility":"public"}]
    """
  }

  /// A page of `numbers` starting after `max_id` (an opaque internal id, not an account id).
  private func page(_ numbers: [Int], request: ServerRequest, list: String, size: Int)
    -> ServerReply
  {
    let start = request.value("max_id").flatMap { Int($0) }.map { $0 - 5_000_000 } ?? 0
    let end = min(numbers.count, start + size)
    let items = start < end ? Array(numbers[start..<end]) : []
    var headers: [(String, String)] = [("X-RateLimit-Remaining", "250")]
    let base = "\(baseURL)/api/v1/accounts/1/\(list)?limit=80"
    var nextStart: Int? = end < numbers.count ? end : nil
    if list == "followers" && faults.loopingFollowers && start > 0 { nextStart = start }
    if list == "followers" && faults.endlessFollowers { nextStart = max(start, end) + 1 }
    if let nextStart {
      headers.append(
        (
          "Link",
          "<\(base)&max_id=\(5_000_000 + nextStart)>; rel=\"next\", <\(base)&since_id=77>; rel=\"prev\""
        ))
    }
    return .json("[" + items.map { accountJSON($0) }.joined(separator: ",") + "]", headers: headers)
  }
}
