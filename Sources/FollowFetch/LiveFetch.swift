import FollowModel
import Foundation
import Logging

/// `followgraph fetch` as one call: reads an account's lists (and audiences, posts, depth-2
/// neighbours) from the live API, resumably, then saves them as one import whose snapshot
/// holds both lists, so that `reciprocity`, `famous`, `changes` and `report` work unchanged.
public struct LiveFetch: Sendable {
  /// The store: follows and snapshots, and the pages of fetches in progress.
  public let store: any FollowStoring & FetchCheckpointStoring
  /// The caller's logger.
  public let logger: Logger
  /// The current time.
  public let clock: @Sendable () -> Date
  /// How to wait (tests record instead of sleeping).
  public let sleeper: FetchSleeper

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - logger: The caller's logger.
  ///   - clock: The current time.
  ///   - sleeper: How to wait.
  public init(
    store: any FollowStoring & FetchCheckpointStoring, logger: Logger,
    clock: @escaping @Sendable () -> Date,
    sleeper: @escaping FetchSleeper = { try await Task.sleep(for: $0) }
  ) {
    self.store = store
    self.logger = logger
    self.clock = clock
    self.sleeper = sleeper
  }

  /// The server a fetch of `options` asks: `--server`, else the network's default.
  ///
  /// - Parameter options: The options.
  /// - Returns: The checked server.
  /// - Throws: ``FetchError`` for a bad account, network or server.
  public static func server(for options: FetchOptions) throws -> FetchServer {
    switch options.network {
    case .mastodon:
      let (_, host) = try MastodonAPI.parseAccount(options.account)
      return try FetchServer(parsing: options.server ?? MastodonAPI.defaultServer(host: host))
    case .bluesky:
      _ = try BlueskyAPI.parseAccount(options.account)
      return try FetchServer(parsing: options.server ?? BlueskyAPI.defaultServer)
    default:
      throw FetchError.unsupportedNetwork(options.network.rawValue)
    }
  }

  /// Fetches and saves.
  ///
  /// - Parameters:
  ///   - options: What to fetch.
  ///   - events: Receives pages, waits, retries and warnings as they happen.
  /// - Returns: What was fetched and saved.
  /// - Throws: ``FetchError`` when the run stops (the owner not found, `--max-requests`
  ///   reached, a server that keeps failing); pages read so far are kept for the next run.
  public func run(_ options: FetchOptions, events: FetchEventHandler? = nil) async throws
    -> FetchResult
  {
    let server = try Self.server(for: options)
    let fetcher = HTTPFetcher(
      server: server, policy: options.policy, token: options.token, sleeper: sleeper, now: clock,
      logger: logger, events: events)
    do {
      let result = try await crawlAndSave(options, server: server, fetcher: fetcher, events: events)
      await fetcher.shutdown()
      return result
    } catch {
      await fetcher.shutdown()
      throw error
    }
  }

  private func api(_ options: FetchOptions, fetcher: HTTPFetcher) throws -> any NetworkAPI {
    switch options.network {
    case .mastodon:
      let (user, host) = try MastodonAPI.parseAccount(options.account)
      return MastodonAPI(fetcher: fetcher, user: user, host: host)
    default:
      return BlueskyAPI(fetcher: fetcher, actor: try BlueskyAPI.parseAccount(options.account))
    }
  }

  /// Which fetch checkpoint pages belong to: the same command continues the same fetch.
  static func fetchKey(_ options: FetchOptions, server: FetchServer) -> String {
    [
      options.network.rawValue, options.account.lowercased(), server.description,
      "depth=\(options.depth)", "posts=\(options.posts)", "max-accounts=\(options.maxAccounts)",
    ].joined(separator: " ")
  }

  private func crawlAndSave(
    _ options: FetchOptions, server: FetchServer, fetcher: HTTPFetcher, events: FetchEventHandler?
  ) async throws -> FetchResult {
    let api = try api(options, fetcher: fetcher)
    let key = Self.fetchKey(options, server: server)
    let crawler = try FetchCrawler(
      store: store, fetchKey: key, policy: options.policy, events: events)
    let resumedPages = crawler.resumed.values.reduce(0) { $0 + $1.count }
    // The owner, and when the fetch started, are page 0 of list "owner".
    let ownerPage: FetchedPage
    if let saved = crawler.resumed["owner"]?.first, let account = saved.accounts.first {
      ownerPage = FetchedPage(accounts: [account], observedAt: saved.observedAt)
    } else {
      let account = try await api.owner()
      let observedAt = options.observedAt ?? clock()
      ownerPage = FetchedPage(accounts: [account], observedAt: UTCTime.timestamp(observedAt))
      try crawler.save(ownerPage, list: "owner", index: 0)
    }
    guard let owner = ownerPage.accounts.first else {
      throw FetchError.notFound(url: options.account)
    }
    let maxPages = options.policy.maxPagesPerList
    let following = try await crawler.readList(
      "following", emptyIsHidden: owner.emptyListIsHidden(.following), maxPages: maxPages
    ) { try await api.listPage(.following, of: owner, next: $0) }
    let followers = try await crawler.readList(
      "followers", emptyIsHidden: owner.emptyListIsHidden(.followers), maxPages: maxPages
    ) { try await api.listPage(.followers, of: owner, next: $0) }
    var listed = Self.unique(following.accounts + followers.accounts)
    let profiles = try await audiences(of: listed, api: api, crawler: crawler, events: events)
    if let profiles { listed = listed.map { profiles.found[$0.nativeID] ?? $0 } }
    // Accounts that left the lists since the previous snapshot: gone, or unfollows?
    let observedAt = ownerPage.observedAt.flatMap(UTCTime.parse) ?? options.observedAt ?? clock()
    let left = try leftTheLists(
      owner: owner, network: api.network, following: following, followers: followers,
      observedAt: observedAt)
    let goneLookup = try await lookUpGone(left, api: api, crawler: crawler)
    var posts = ListOutcome(pages: [], state: .complete)
    if options.posts {
      posts = try await crawler.readList(
        "posts", emptyIsHidden: false, maxPages: options.policy.maxPostPages
      ) { try await api.postsPage(of: owner, next: $0) }
    }
    var neighbours: [(FetchedAccount, ListOutcome, ListOutcome)] = []
    if options.depth >= 2 {
      neighbours = try await neighbourLists(
        Array(listed.sorted { $0.nativeID < $1.nativeID }.prefix(options.maxAccounts)), api: api,
        crawler: crawler)
    }
    let crawl = FetchCrawl(
      network: api.network, owner: owner, following: following, followers: followers,
      profiles: profiles, posts: posts, neighbours: neighbours, goneLookup: goneLookup)
    let request = crawl.importRequest(
      source: "\(server)/\(options.account)", fetchKey: key, observedAt: observedAt,
      startedAt: clock())
    let summaries = try store.save([request], progress: nil)
    try store.removeCheckpointPages(fetchKey: key)
    guard let summary = summaries.first else { throw FetchError.notFound(url: options.account) }
    return FetchResult(
      owner: owner.account(network: api.network), server: server.description,
      following: (following.state, following.accounts.count),
      followers: (followers.state, followers.accounts.count),
      accountsWithAudience: crawl.accounts().count {
        $0.hasAudienceData && $0.id.value != owner.nativeID
      },
      accountsGone: crawl.gone.count, accountsLeft: goneLookup.asked.count,
      accountsLeftGone: goneLookup.gone.count,
      posts: (posts.posts.count, posts.posts.filter(\.isShare).count),
      neighbours: (
        neighbours.filter { $0.1.state == .complete && $0.2.state == .complete }.count,
        neighbours.count
      ),
      resumedPages: resumedPages, statistics: await fetcher.statistics(),
      warnings: crawl.warnings, summary: summary)
  }

  /// Each account once, in first-seen order.
  static func unique(_ accounts: [FetchedAccount]) -> [FetchedAccount] {
    var seen = Set<String>()
    return accounts.filter { seen.insert($0.nativeID).inserted }
  }
}
