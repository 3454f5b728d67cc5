import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// One response of the API: status, lower-cased headers and the whole body.
public struct FetchedResponse: Sendable {
  /// The HTTP status.
  public var status: Int
  /// Header names lower-cased; repeated headers joined with `, `.
  public var headers: [String: String]
  /// The body.
  public var body: Data
}

/// GETs JSON from one server politely: identifying `User-Agent`, bounded requests in flight,
/// `--max-requests`, waits for rate limits (429, `Retry-After`, `RateLimit-*` and
/// `X-RateLimit-*`), capped exponential backoff on timeouts, dropped connections and 5xx,
/// and a cap on the body.
///
/// The bearer token goes only to ``FetchServer`` URLs over https; it is never logged.
public final class HTTPFetcher: Sendable {
  /// The server every request goes to.
  public let server: FetchServer
  let policy: FetchPolicy
  private let token: String?
  private let client: HTTPClient
  private let gate: RequestGate
  private let counters = FetchCounters()
  private let sleeper: FetchSleeper
  private let now: @Sendable () -> Date
  private let logger: Logger
  private let events: FetchEventHandler?

  /// Creates a fetcher with its own HTTP client; call ``shutdown()`` when done.
  ///
  /// - Parameters:
  ///   - server: The server (`--server`).
  ///   - policy: Caps, retries and waits.
  ///   - token: A bearer token (from `--token-env`), or `nil`.
  ///   - sleeper: How to wait (tests record instead of sleeping).
  ///   - now: The current time, for rate-limit resets.
  ///   - logger: The caller's logger.
  ///   - events: Receives waits, retries and warnings.
  public init(
    server: FetchServer, policy: FetchPolicy, token: String?,
    sleeper: @escaping FetchSleeper, now: @escaping @Sendable () -> Date, logger: Logger,
    events: FetchEventHandler?
  ) {
    self.server = server
    self.policy = policy
    self.token = token
    self.sleeper = sleeper
    self.now = now
    self.logger = logger
    self.events = events
    var configuration = HTTPClient.Configuration(
      redirectConfiguration: .disallow,
      timeout: .init(
        connect: .seconds(10), read: .milliseconds(Int64(policy.requestTimeout.seconds * 1000))))
    configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = policy.maxInFlight
    client = HTTPClient(
      eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    gate = RequestGate(maxInFlight: policy.maxInFlight, maxRequests: policy.maxRequests)
  }

  /// Closes the HTTP client's connections.
  public func shutdown() async {
    try? await client.shutdown()
  }

  /// The totals so far.
  public func statistics() async -> FetchStatistics { await counters.statistics }

  /// GETs `url`, waiting out rate limits and retrying transient failures.
  ///
  /// - Parameter url: An absolute URL on ``server``.
  /// - Returns: A 2xx response.
  /// - Throws: ``FetchError``: `notFound` for 404/410, `httpStatus` for other 4xx,
  ///   `bodyTooLarge`, `gaveUp` after the last attempt, `requestCapReached`, `refusedURL`.
  public func get(_ url: String) async throws -> FetchedResponse {
    guard server.owns(url) else {
      throw FetchError.refusedURL(url, reason: "not on --server \(server)")
    }
    var attempt = 0
    var rateLimitWaits = 0
    while true {
      attempt += 1
      let outcome: Result<FetchedResponse, any Error>
      do {
        outcome = .success(try await attemptOnce(url))
      } catch let error as FetchError {
        throw error
      } catch is CancellationError {
        throw CancellationError()
      } catch {
        outcome = .failure(error)
      }
      switch outcome {
      case .failure(let error):
        try await retryOrGiveUp(url, attempt: &attempt, reason: Self.reason(error))
      case .success(let response) where response.status == 429:
        rateLimitWaits += 1
        guard rateLimitWaits <= policy.maxRateLimitWaits else {
          throw FetchError.gaveUp(url: url, attempts: attempt, reason: "HTTP 429 repeatedly")
        }
        attempt -= 1  // a rate-limit wait is not a failed attempt
        let limits = RateLimitHeaders(headers: response.headers, now: now())
        let wait =
          limits.waitAfterTooManyRequests(now: now()) ?? policy.backoff(after: rateLimitWaits)
        try await waitForRateLimit(min(wait, policy.maxRateLimitWait), url: url)
      case .success(let response) where (500...599).contains(response.status):
        try await retryOrGiveUp(url, attempt: &attempt, reason: "HTTP \(response.status)")
      case .success(let response) where response.status == 404 || response.status == 410:
        throw FetchError.notFound(url: url)
      case .success(let response) where !(200...299).contains(response.status):
        if response.status == 400, Self.isMissingActor(response.body) {
          throw FetchError.notFound(url: url)
        }
        throw FetchError.httpStatus(response.status, url: url)
      case .success(let response):
        let limits = RateLimitHeaders(headers: response.headers, now: now())
        if let wait = limits.waitWhenExhausted(now: now()) {
          try await waitForRateLimit(min(wait, policy.maxRateLimitWait), url: url)
        }
        return response
      }
    }
  }

  /// One attempt: a slot from the gate, the request, the body up to the cap.
  private func attemptOnce(_ url: String) async throws -> FetchedResponse {
    try await gate.acquire()
    await counters.countRequest()
    do {
      var request = HTTPClientRequest(url: url)
      request.method = .GET
      request.headers.add(name: "User-Agent", value: policy.userAgent)
      request.headers.add(name: "Accept", value: "application/json")
      if let token, server.mayCarryToken(url) {
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
      }
      let timeout = TimeAmount.milliseconds(Int64(policy.requestTimeout.seconds * 1000))
      let response = try await client.execute(request, timeout: timeout)
      var headers: [String: String] = [:]
      for (name, value) in response.headers {
        let key = name.lowercased()
        headers[key] = headers[key].map { $0 + ", " + value } ?? value
      }
      let buffer: ByteBuffer
      do {
        buffer = try await response.body.collect(upTo: policy.maxBodyBytes)
      } catch is NIOTooManyBytesError {
        throw FetchError.bodyTooLarge(url: url, limit: policy.maxBodyBytes)
      }
      await gate.release()
      return FetchedResponse(
        status: Int(response.status.code), headers: headers, body: Data(buffer.readableBytesView))
    } catch {
      await gate.release()
      throw error
    }
  }

  private func retryOrGiveUp(_ url: String, attempt: inout Int, reason: String) async throws {
    guard attempt < policy.maxAttempts else {
      throw FetchError.gaveUp(url: url, attempts: attempt, reason: reason)
    }
    let wait = policy.backoff(after: attempt)
    await counters.countRetry(wait)
    logger.notice("retrying after \(reason)", metadata: ["url": "\(url)", "attempt": "\(attempt)"])
    events?(.retry(url: url, attempt: attempt + 1, reason: reason))
    try await sleeper(wait)
  }

  private func waitForRateLimit(_ wait: Duration, url: String) async throws {
    await counters.countRateLimitWait(wait)
    logger.notice(
      "waiting \(Int(wait.seconds.rounded(.up))) s for the rate limit", metadata: ["url": "\(url)"])
    events?(.rateLimitWait(seconds: wait.seconds, url: url))
    try await sleeper(wait)
  }

  /// A short reason for a transport error (timeouts, dropped connections).
  private static func reason(_ error: any Error) -> String {
    if let error = error as? HTTPClientError { return "\(error)" }
    return String(describing: type(of: error))
  }

  /// Whether a 400 body is the AppView's answer for an actor that does not exist or was taken
  /// down (`Profile not found`, `AccountDeactivated`, `AccountTakedown`).
  private static func isMissingActor(_ body: Data) -> Bool {
    struct XRPCError: Decodable {
      let error: String?
      let message: String?
    }
    guard let error = try? JSONDecoder().decode(XRPCError.self, from: body) else { return false }
    let name = error.error ?? ""
    return ["AccountDeactivated", "AccountTakedown", "ActorNotFound"].contains(name)
      || (error.message ?? "").localizedCaseInsensitiveContains("not found")
  }
}
