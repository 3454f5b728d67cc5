import ArgumentParser
import FollowFetch
import FollowModel
import FollowReports
import FollowStore
import Foundation

/// `followgraph fetch`: an account's followers and following (and audiences, posts, depth-2
/// neighbours) from the live Mastodon or Bluesky API, saved as a snapshot of the owner.
struct Fetch: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Fetch an account's followers and following from the Mastodon or Bluesky API.",
    discussion: """
      Reads the public API (no account needed) politely: it waits for rate limits, retries \
      failures with backoff and stops at --max-requests. An interrupted fetch continues where \
      it stopped when the same command is run again; the snapshot is saved only at the end. \
      Then: followgraph reciprocity --db FILE --account ACCOUNT.
      """)

  @Option(
    help: ArgumentHelp(
      "The SQLite database file (created when missing), or a PostgreSQL database as "
        + "postgresql://user@host:port/dbname.", valueName: "file|url"))
  var db: String

  @Option(help: ArgumentHelp("mastodon or bluesky.", valueName: "network"))
  var network: String

  @Option(
    help: ArgumentHelp(
      "The API's base URL. Default: https://HOST of a Mastodon account; "
        + "https://public.api.bsky.app for Bluesky. http:// only to loopback.",
      valueName: "url"))
  var server: String?

  @Option(help: ArgumentHelp("1: the lists and audiences; 2: also each neighbour's lists."))
  var depth = 1

  @Flag(help: "Also fetch the account's posts (boosts and reposts flagged as shares).")
  var posts = false

  @Option(name: .customLong("max-accounts"), help: "Depth 2: neighbours whose lists are read.")
  var maxAccounts = 1_000

  @Option(name: .customLong("max-requests"), help: "Stop after this many requests.")
  var maxRequests: Int?

  @Option(
    name: .customLong("token-env"),
    help: ArgumentHelp(
      "The environment variable holding a bearer token, for servers that require one.",
      valueName: "var"))
  var tokenEnv: String?

  @Option(
    name: .customLong("observed-at"),
    help: ArgumentHelp("The snapshot's time. Default: when the fetch started.", valueName: "ISO"))
  var observedAt: String?

  @Option(help: ArgumentHelp("text (for people) or json (for scripts).", valueName: "format"))
  var output: FetchOutput = .text

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(help: "Log each retry and wait to stderr.")
  var verbose = false

  @Argument(help: "Mastodon user@host; Bluesky handle or DID.")
  var account: String

  func validate() throws {
    guard network == "mastodon" || network == "bluesky" else {
      throw ValidationError("--network must be mastodon or bluesky, not '\(network)'")
    }
    guard depth == 1 || depth == 2 else { throw ValidationError("--depth must be 1 or 2") }
    guard maxAccounts >= 0 else { throw ValidationError("--max-accounts must be 0 or more") }
    if let maxRequests, maxRequests < 1 {
      throw ValidationError("--max-requests must be at least 1")
    }
    if let observedAt, UTCTime.parse(observedAt) == nil {
      throw ValidationError("--observed-at '\(observedAt)' is not an ISO date or time")
    }
  }

  func run() throws {
    let options = try fetchOptions()
    // A bad ACCOUNT or --server stops before the database file is created.
    _ = try LiveFetch.server(for: options)
    let logger = CommandLogger.make(verbose: verbose)
    let store = try DatabaseOptions.openStore(db: db, create: true, logger: logger)
    let progress = FetchProgress(bar: ProgressBar(quiet: quiet))
    let useCase = LiveFetch(store: store, logger: logger, clock: { Date() })
    let result = try BlockingTask.run { try await useCase.run(options, events: progress.report) }
    progress.finish()
    switch output {
    case .text: Output.standardOutputText(FetchResultText.text(result))
    case .json: Output.standardOutput(FetchResultText.json(result).render())
    }
  }

  /// The options, with the token read from `--token-env`'s variable (never from arguments).
  private func fetchOptions() throws -> FetchOptions {
    var options = FetchOptions(network: Network(rawValue: network), account: account)
    options.server = server
    options.depth = depth
    options.posts = posts
    options.maxAccounts = maxAccounts
    options.observedAt = observedAt.flatMap(UTCTime.parse)
    options.policy.maxRequests = maxRequests
    if let tokenEnv {
      guard let token = ProcessInfo.processInfo.environment[tokenEnv], !token.isEmpty else {
        throw ValidationError("--token-env \(tokenEnv): that environment variable is not set")
      }
      options.token = token
    }
    return options
  }
}

/// What `followgraph fetch` prints when done.
enum FetchOutput: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
