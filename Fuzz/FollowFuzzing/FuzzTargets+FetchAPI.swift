import FollowAPISchema
import Foundation

extension FuzzTargets {
  /// A response body of the live APIs `followgraph fetch` reads, decoded as every schema the
  /// fetch decodes: Mastodon `Account`, a page of accounts and a page of statuses; Bluesky
  /// `getFollowers`, `getFollows`, `getProfiles`, `getProfile`, `getAuthorFeed` and
  /// `resolveHandle` pages.
  ///
  /// A body that is not the schema must fail with a one-line printable reason (the reason
  /// the fetch puts in its warning); a body that decodes must encode and decode back to the
  /// same value.
  public static let fetchAPI = FuzzTarget(name: "fuzz-fetch-api") { data in
    let mastodon = JSONEncoder()
    mastodon.keyEncodingStrategy = .convertToSnakeCase
    let bluesky = JSONEncoder()
    try checkDecoding(Mastodon.Account.self, data, Mastodon.decoder, mastodon)
    try checkDecoding([Mastodon.Account].self, data, Mastodon.decoder, mastodon)
    try checkDecoding([Mastodon.Status].self, data, Mastodon.decoder, mastodon)
    try checkDecoding(Bluesky.GetFollowersOutput.self, data, Bluesky.decoder, bluesky)
    try checkDecoding(Bluesky.GetFollowsOutput.self, data, Bluesky.decoder, bluesky)
    try checkDecoding(Bluesky.GetProfilesOutput.self, data, Bluesky.decoder, bluesky)
    try checkDecoding(Bluesky.ProfileViewDetailed.self, data, Bluesky.decoder, bluesky)
    try checkDecoding(Bluesky.GetAuthorFeedOutput.self, data, Bluesky.decoder, bluesky)
    try checkDecoding(Bluesky.ResolveHandleOutput.self, data, Bluesky.decoder, bluesky)
  }

  /// Decodes `data` as `T`: a failure must give a printable one-line reason; a success must
  /// survive a round trip through `encoder`.
  static func checkDecoding<T: Codable & Equatable>(
    _ type: T.Type, _ data: Data, _ decoder: JSONDecoder, _ encoder: JSONEncoder
  ) throws {
    let value: T
    do {
      value = try decoder.decode(T.self, from: data)
    } catch {
      try FuzzChecks.checkMessage(APIDecoding.reason(error))
      return
    }
    let encoded: Data
    do {
      encoded = try encoder.encode(value)
    } catch {
      throw FuzzViolation("\(T.self) decoded but does not encode: \(error)")
    }
    let again: T
    do {
      again = try decoder.decode(T.self, from: encoded)
    } catch {
      throw FuzzViolation(
        "\(T.self) does not decode its own encoding: \(APIDecoding.reason(error))")
    }
    if again != value { throw FuzzViolation("\(T.self) changes in a round trip") }
  }
}
