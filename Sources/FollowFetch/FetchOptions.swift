import FollowModel
import Foundation

/// What `followgraph fetch` was asked to do.
public struct FetchOptions: Sendable {
  /// `mastodon` or `bluesky`.
  public var network: Network
  /// ACCOUNT as typed.
  public var account: String
  /// `--server`, or `nil` for the network's default.
  public var server: String?
  /// `--depth`: 1 (the owner's lists and audiences) or 2 (also each neighbour's lists).
  public var depth = 1
  /// `--posts`: also the owner's posts.
  public var posts = false
  /// `--max-accounts`: neighbours whose lists depth 2 reads.
  public var maxAccounts = 1_000
  /// `--observed-at`: the snapshot's time; default the time the fetch started.
  public var observedAt: Date?
  /// The bearer token read from `--token-env`'s variable, or `nil`.
  public var token: String?
  /// Caps, retries and waits (`--max-requests` is `policy.maxRequests`).
  public var policy = FetchPolicy()

  /// Creates options.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - account: ACCOUNT as typed.
  public init(network: Network, account: String) {
    self.network = network
    self.account = account
  }
}

/// What a fetch did, for the summary the CLI prints.
public struct FetchResult: Sendable {
  /// The owner.
  public var owner: Account
  /// The server asked.
  public var server: String
  /// The owner's following list: how it ended and how many accounts it held.
  public var following: (state: ListState, count: Int)
  /// The owner's followers list.
  public var followers: (state: ListState, count: Int)
  /// Accounts saved with audience counts.
  public var accountsWithAudience: Int
  /// Accounts listed that have no profile any more (absent from `getProfiles`).
  public var accountsGone: Int
  /// Accounts of the owner's previous snapshot absent from the lists now, looked up.
  public var accountsLeft: Int
  /// Of those, how many no longer resolve (deleted, suspended, deactivated): gone, not
  /// unfollows.
  public var accountsLeftGone: Int
  /// Posts saved, and how many of them are shares.
  public var posts: (count: Int, shares: Int)
  /// Depth 2: neighbours whose both lists were read complete, of those tried.
  public var neighbours: (complete: Int, tried: Int)
  /// Pages taken from an earlier, interrupted run.
  public var resumedPages: Int
  /// Requests, retries and waits.
  public var statistics: FetchStatistics
  /// Lists that ended early, and why.
  public var warnings: [FetchWarning]
  /// What the store saved.
  public var summary: ImportSummary
}
