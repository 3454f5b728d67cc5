import FollowAPISchema
import FollowModel
import Foundation

/// The Mastodon REST API: `accounts/lookup`, `/followers` and `/following` (80 a page),
/// `/statuses` (40 a page), paginated only through the `Link` header's `rel="next"`.
struct MastodonAPI: NetworkAPI {
  let fetcher: HTTPFetcher
  /// The account's user part.
  let user: String
  /// The account's host: the host of local accounts (`acct` without `@`).
  let host: String

  var network: Network { .mastodon }

  /// The canonical `user@host` of ACCOUNT (`user@host` or `@user@host`).
  ///
  /// - Parameter text: What the user typed.
  /// - Returns: The user part and the lower-cased host.
  /// - Throws: ``FetchError/invalidAccount(_:network:)``.
  static func parseAccount(_ text: String) throws -> (user: String, host: String) {
    var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
    if trimmed.hasPrefix("@") { trimmed = trimmed.dropFirst() }
    let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
      !trimmed.contains(where: { $0.isWhitespace || $0 == "/" || $0 == "?" || $0 == "#" })
    else { throw FetchError.invalidAccount(text, network: "mastodon") }
    return (String(parts[0]), parts[1].lowercased())
  }

  /// The default `--server`: `https://HOST` of the account.
  static func defaultServer(host: String) -> String { "https://\(host)" }

  func owner() async throws -> FetchedAccount {
    let url = fetcher.server.url("/api/v1/accounts/lookup", [("acct", "\(user)@\(host)")])
    let (entity, _) = try await fetcher.decode(
      Mastodon.Account.self, url, decoder: Mastodon.decoder)
    // A server answers lookups of its own accounts with a bare `acct`: keep ACCOUNT's host.
    return fetched(entity)
  }

  func listPage(_ kind: ListKind, of account: FetchedAccount, next: String?) async throws
    -> FetchedPage
  {
    let url =
      next
      ?? fetcher.server.url("/api/v1/accounts/\(account.apiID)/\(kind.rawValue)", [("limit", "80")])
    let (entities, response) = try await fetcher.decode(
      [Mastodon.Account].self, url, decoder: Mastodon.decoder)
    return FetchedPage(
      accounts: entities.map(fetched), next: LinkHeader.next(in: response.headers["link"]), url: url
    )
  }

  func audienceBatches(_ accounts: [FetchedAccount]) -> [[FetchedAccount]] { [] }

  func profiles(_ batch: [FetchedAccount]) async throws -> FetchedPage { FetchedPage() }

  func lookupBatches(_ ids: [String]) -> [[String]] { ids.map { [$0] } }

  /// `accounts/lookup` of each account: 404 or 410 is gone (`not_found`), an answer with
  /// `suspended: true` is gone (`suspended`).
  func lookUp(_ batch: [String]) async throws -> FetchedPage {
    var page = FetchedPage(gone: [])
    for id in batch {
      let url = fetcher.server.url("/api/v1/accounts/lookup", [("acct", id)])
      page.url = url
      do {
        let (entity, _) = try await fetcher.decode(
          Mastodon.Account.self, url, decoder: Mastodon.decoder)
        if entity.suspended == true {
          page.gone?.append(GoneAccount(id: id, reason: .suspended))
        } else {
          page.accounts.append(fetched(entity))
        }
      } catch FetchError.notFound {
        page.gone?.append(GoneAccount(id: id, reason: .notFound))
      }
    }
    return page
  }

  func postsPage(of account: FetchedAccount, next: String?) async throws -> FetchedPage {
    let url =
      next ?? fetcher.server.url("/api/v1/accounts/\(account.apiID)/statuses", [("limit", "40")])
    let (statuses, response) = try await fetcher.decode(
      [Mastodon.Status].self, url, decoder: Mastodon.decoder)
    let posts = statuses.map { status in
      FetchedPost(
        id: status.id, createdAt: status.createdAt, text: status.content ?? "",
        language: status.language, replyToID: status.inReplyToId, isShare: status.reblog != nil,
        hashtags: (status.tags ?? []).map(\.name),
        mentions: (status.mentions ?? []).map { mention in
          mention.acct.contains("@") ? mention.acct : "\(mention.acct)@\(host)"
        })
    }
    return FetchedPage(posts: posts, next: LinkHeader.next(in: response.headers["link"]), url: url)
  }

  /// The fetch's record of an `Account`: `acct` without `@` is local to ACCOUNT's host;
  /// negative (hidden) counts are unknown, and with `hide_collections` mark the lists hidden
  /// (an empty list is then unknown, not empty).
  func fetched(_ entity: Mastodon.Account) -> FetchedAccount {
    var acct = Substring(entity.acct)
    if acct.hasPrefix("@") { acct = acct.dropFirst() }
    let parts = acct.split(separator: "@", maxSplits: 1)
    let nativeID =
      parts.count == 2
      ? AccountSelector.mastodonID(user: parts[0], host: parts[1])
      : AccountSelector.mastodonID(user: acct, host: Substring(host))
    func count(_ value: Int?) -> Int? { value.flatMap { $0 >= 0 ? $0 : nil } }
    return FetchedAccount(
      nativeID: nativeID, apiID: entity.id, handle: entity.username ?? String(parts.first ?? acct),
      displayName: entity.displayName, followers: count(entity.followersCount),
      following: count(entity.followingCount), posts: count(entity.statusesCount), bot: entity.bot,
      createdAt: entity.createdAt, lastPostAt: entity.lastStatusAt,
      followersHidden: Self.hides(entity.followersCount, entity.hideCollections),
      followingHidden: Self.hides(entity.followingCount, entity.hideCollections))
  }

  /// `true` when a count is negative (hidden) or the account hides its collections; `nil`
  /// when neither says so.
  static func hides(_ count: Int?, _ hideCollections: Bool?) -> Bool? {
    (count ?? 0) < 0 || hideCollections == true ? true : nil
  }
}
