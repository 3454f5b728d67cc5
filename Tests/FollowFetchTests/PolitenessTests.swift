import FollowFetch
import Foundation
import Testing

/// Rate-limit headers, `Link` headers, the server rule and the backoff, on their own.
@Suite struct PolitenessTests {
  private let now = Date(timeIntervalSince1970: 1_747_676_700)

  @Test func blueskyResetIsUnixSeconds() {
    let limits = RateLimitHeaders(
      headers: [
        "ratelimit-limit": "3000", "ratelimit-remaining": "0", "ratelimit-reset": "1747676784",
      ],
      now: now)
    #expect(limits.limit == 3000 && limits.remaining == 0)
    #expect(limits.waitAfterTooManyRequests(now: now) == .seconds(84))
    #expect(limits.waitWhenExhausted(now: now) == .seconds(84))
  }

  @Test func mastodonResetIsAnISOTime() {
    let limits = RateLimitHeaders(
      headers: [
        "x-ratelimit-limit": "300", "x-ratelimit-remaining": "292",
        "x-ratelimit-reset": "2025-05-19T17:46:00.000Z",
      ], now: now)
    #expect(limits.remaining == 292)
    #expect(limits.waitWhenExhausted(now: now) == nil)
    #expect(limits.waitAfterTooManyRequests(now: now) == .seconds(60))
  }

  @Test func retryAfterWinsAndAcceptsSecondsOrADate() {
    let seconds = RateLimitHeaders(
      headers: ["retry-after": "7", "ratelimit-reset": "1747676784"], now: now)
    #expect(seconds.waitAfterTooManyRequests(now: now) == .seconds(7))
    let date = RateLimitHeaders(headers: ["retry-after": "Mon, 19 May 2025 17:46:00 GMT"], now: now)
    #expect(date.waitAfterTooManyRequests(now: now) == .seconds(60))
  }

  @Test func linkNextFromARecordedHeader() {
    let value =
      "<https://fosstodon.org/api/v1/accounts/109302436954721982/followers?limit=3&max_id=5122703>; "
      + "rel=\"next\", <https://fosstodon.org/api/v1/accounts/109302436954721982/followers?limit=3&since_id=5127706>; rel=\"prev\""
    #expect(
      LinkHeader.next(in: value)
        == "https://fosstodon.org/api/v1/accounts/109302436954721982/followers?limit=3&max_id=5122703"
    )
    #expect(LinkHeader.next(in: "<https://a/b?since_id=1>; rel=\"prev\"") == nil)
    #expect(LinkHeader.next(in: nil) == nil)
  }

  @Test func plainHTTPOnlyToLoopback() throws {
    #expect(throws: FetchError.self) { try FetchServer(parsing: "http://mastodon.social") }
    #expect(throws: FetchError.self) { try FetchServer(parsing: "http://10.0.0.1:8080") }
    #expect(throws: FetchError.self) { try FetchServer(parsing: "ftp://127.0.0.1") }
    #expect(throws: FetchError.self) { try FetchServer(parsing: "https://host/api") }
    _ = try FetchServer(parsing: "http://127.0.0.1:8080")
    _ = try FetchServer(parsing: "http://[::1]:8080")
    _ = try FetchServer(parsing: "http://localhost")
  }

  @Test func theTokenGoesOnlyToTheServerOverHTTPS() throws {
    let server = try FetchServer(parsing: "https://mastodon.social")
    #expect(server.mayCarryToken("https://mastodon.social/api/v1/accounts/1"))
    #expect(!server.mayCarryToken("https://evil.example/api/v1/accounts/1"))
    #expect(!server.mayCarryToken("http://mastodon.social/api/v1/accounts/1"))
    let loopback = try FetchServer(parsing: "http://127.0.0.1:9")
    #expect(!loopback.mayCarryToken("http://127.0.0.1:9/api"))
    #expect(!server.owns("https://mastodon.social:444/x"))
  }

  @Test func backoffDoublesAndIsCapped() {
    var policy = FetchPolicy()
    policy.baseBackoff = .milliseconds(500)
    policy.maxBackoff = .seconds(3)
    #expect(
      (1...5).map(policy.backoff(after:))
        == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(3), .seconds(3)])
  }
}
