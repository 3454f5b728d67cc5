import FollowAPISchema
import FollowModel
import Foundation

/// The Bluesky AppView's XRPC methods: `resolveHandle`, `getProfile`, `getFollowers` and
/// `getFollows` (100 a page, `cursor`), `getProfiles` (25 actors a call), `getAuthorFeed`.
struct BlueskyAPI: NetworkAPI {
  let fetcher: HTTPFetcher
  /// ACCOUNT: a handle or a DID.
  let actor: String

  var network: Network { .bluesky }

  /// The default `--server`.
  static let defaultServer = "https://public.api.bsky.app"

  /// ACCOUNT as a handle (lower-cased, without `@`) or a DID.
  ///
  /// Checked with ``ATProtoIdentifier``, the AT Protocol's syntax.
  ///
  /// - Parameter text: What the user typed.
  /// - Returns: The handle or DID.
  /// - Throws: ``FetchError/invalidAccount(_:network:)``.
  static func parseAccount(_ text: String) throws -> String {
    // The AT Protocol's own syntax (checked against its interop fixtures): a DID as written,
    // a handle lower-cased, with or without a leading `@`.
    switch try? ATProtoIdentifier(parsing: text.trimmingCharacters(in: .whitespaces)) {
    case .did(let did)?: return did
    case .handle(let handle)?: return handle
    case nil: throw FetchError.invalidAccount(text, network: "bluesky")
    }
  }

  private static let decoder = Bluesky.decoder

  func owner() async throws -> FetchedAccount {
    var did = actor
    if !actor.hasPrefix("did:") {
      let url = fetcher.server.url("/xrpc/com.atproto.identity.resolveHandle", [("handle", actor)])
      did = try await fetcher.decode(Bluesky.ResolveHandleOutput.self, url, decoder: Self.decoder).0
        .did
    }
    let url = fetcher.server.url("/xrpc/app.bsky.actor.getProfile", [("actor", did)])
    let profile = try await fetcher.decode(
      Bluesky.ProfileViewDetailed.self, url, decoder: Self.decoder
    ).0
    return fetched(profile)
  }

  func listPage(_ kind: ListKind, of account: FetchedAccount, next: String?) async throws
    -> FetchedPage
  {
    var query = [("actor", account.apiID), ("limit", "100")]
    if let next { query.append(("cursor", next)) }
    switch kind {
    case .followers:
      let url = fetcher.server.url("/xrpc/app.bsky.graph.getFollowers", query)
      let output = try await fetcher.decode(
        Bluesky.GetFollowersOutput.self, url, decoder: Self.decoder
      ).0
      return FetchedPage(accounts: output.followers.map(fetched), next: output.cursor, url: url)
    case .following:
      let url = fetcher.server.url("/xrpc/app.bsky.graph.getFollows", query)
      let output = try await fetcher.decode(
        Bluesky.GetFollowsOutput.self, url, decoder: Self.decoder
      ).0
      return FetchedPage(accounts: output.follows.map(fetched), next: output.cursor, url: url)
    }
  }

  func audienceBatches(_ accounts: [FetchedAccount]) -> [[FetchedAccount]] {
    stride(from: 0, to: accounts.count, by: 25).map {
      Array(accounts[$0..<min($0 + 25, accounts.count)])
    }
  }

  func profiles(_ batch: [FetchedAccount]) async throws -> FetchedPage {
    let url = fetcher.server.url(
      "/xrpc/app.bsky.actor.getProfiles", batch.map { ("actors", $0.apiID) })
    let output = try await fetcher.decode(
      Bluesky.GetProfilesOutput.self, url, decoder: Self.decoder
    ).0
    return FetchedPage(accounts: output.profiles.map(fetched), url: url)
  }

  func lookupBatches(_ ids: [String]) -> [[String]] {
    stride(from: 0, to: ids.count, by: 25).map { Array(ids[$0..<min($0 + 25, ids.count)]) }
  }

  /// `getProfiles` of up to 25 DIDs: an actor absent from the answer is gone (`not_found`;
  /// the AppView leaves out deleted, deactivated and taken-down accounts alike).
  func lookUp(_ batch: [String]) async throws -> FetchedPage {
    let url = fetcher.server.url(
      "/xrpc/app.bsky.actor.getProfiles", batch.map { ("actors", $0) })
    let output = try await fetcher.decode(
      Bluesky.GetProfilesOutput.self, url, decoder: Self.decoder
    ).0
    let found = Set(output.profiles.map(\.did))
    return FetchedPage(
      accounts: output.profiles.map(fetched), url: url,
      gone: batch.filter { !found.contains($0) }.map { GoneAccount(id: $0, reason: .notFound) })
  }

  func postsPage(of account: FetchedAccount, next: String?) async throws -> FetchedPage {
    var query = [("actor", account.apiID), ("limit", "100")]
    if let next { query.append(("cursor", next)) }
    let url = fetcher.server.url("/xrpc/app.bsky.feed.getAuthorFeed", query)
    let output = try await fetcher.decode(
      Bluesky.GetAuthorFeedOutput.self, url, decoder: Self.decoder
    ).0
    let posts = output.feed.map { item in
      let isShare = item.reason?.type == "app.bsky.feed.defs#reasonRepost"
      return FetchedPost(
        id: item.post.uri, createdAt: item.post.record.createdAt, text: item.post.record.text ?? "",
        language: item.post.record.langs?.first, replyToID: item.post.record.reply?.parent.uri,
        isShare: isShare, hashtags: [], mentions: [])
    }
    return FetchedPage(posts: posts, next: output.cursor, url: url)
  }

  private func fetched(_ profile: Bluesky.ProfileView) -> FetchedAccount {
    FetchedAccount(
      nativeID: profile.did, apiID: profile.did, handle: profile.handle,
      displayName: profile.displayName, bot: Self.isBot(profile.labels),
      createdAt: profile.createdAt)
  }

  private func fetched(_ profile: Bluesky.ProfileViewDetailed) -> FetchedAccount {
    FetchedAccount(
      nativeID: profile.did, apiID: profile.did, handle: profile.handle,
      displayName: profile.displayName, followers: profile.followersCount,
      following: profile.followsCount, posts: profile.postsCount, bot: Self.isBot(profile.labels),
      createdAt: profile.createdAt)
  }

  /// `true` when a self-label says `bot`; `nil` when the profile carries no labels.
  private static func isBot(_ labels: [Bluesky.Label]?) -> Bool? {
    labels.map { $0.contains { $0.val == "bot" } }
  }
}
