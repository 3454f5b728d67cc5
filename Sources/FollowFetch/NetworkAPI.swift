import FollowAPISchema
import FollowModel
import Foundation

/// Which list of an account a page belongs to.
public enum ListKind: String, Sendable, Codable, CaseIterable {
  /// Accounts the account follows.
  case following
  /// Accounts following the account.
  case followers
}

/// What the crawl needs of a network's API; one implementation per network.
protocol NetworkAPI: Sendable {
  /// The network the accounts belong to.
  var network: Network { get }
  /// The account ACCOUNT names, with its counts.
  func owner() async throws -> FetchedAccount
  /// One page of a list; `next` is `nil` for the first.
  func listPage(_ kind: ListKind, of account: FetchedAccount, next: String?) async throws
    -> FetchedPage
  /// Audience counts of accounts whose list entries carry none (Bluesky), in batches; an
  /// empty array when list entries already carry them (Mastodon).
  func audienceBatches(_ accounts: [FetchedAccount]) -> [[FetchedAccount]]
  /// The profiles of one batch; absent accounts are missing from the result.
  func profiles(_ batch: [FetchedAccount]) async throws -> FetchedPage
  /// Accounts to look up, by native id, in the batches ``lookUp(_:)`` takes.
  func lookupBatches(_ ids: [String]) -> [[String]]
  /// Looks up accounts by native id; the page's `gone` lists those whose profile no longer
  /// resolves (deleted, suspended, deactivated).
  func lookUp(_ batch: [String]) async throws -> FetchedPage
  /// One page of the account's posts.
  func postsPage(of account: FetchedAccount, next: String?) async throws -> FetchedPage
}

extension HTTPFetcher {
  /// GETs `url` and decodes it as `T`.
  ///
  /// - Parameters:
  ///   - type: The schema type.
  ///   - url: The URL.
  ///   - decoder: The network's decoder.
  /// - Returns: The value and the response (for its headers).
  /// - Throws: ``FetchError/badJSON(url:reason:)`` when the body is not that schema.
  func decode<T: Decodable>(_ type: T.Type, _ url: String, decoder: JSONDecoder) async throws
    -> (T, FetchedResponse)
  {
    let response = try await get(url)
    do {
      return (try decoder.decode(T.self, from: response.body), response)
    } catch {
      throw FetchError.badJSON(url: url, reason: Self.decodingReason(error))
    }
  }

  /// A one-line reason for a decoding error.
  static func decodingReason(_ error: any Error) -> String { APIDecoding.reason(error) }
}
