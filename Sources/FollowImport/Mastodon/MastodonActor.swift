import FollowModel
import Foundation

/// The owner of a Mastodon archive, from its `actor.json` (an ActivityPub actor).
enum MastodonActor {
  /// The account `actor.json` describes: `preferredUsername` at the host of its `id` URL.
  ///
  /// - Parameters:
  ///   - data: The bytes of `actor.json`.
  ///   - path: The file, for messages.
  ///   - limits: The caps (JSON nesting).
  /// - Returns: The owner's account.
  /// - Throws: ``ImportError/malformed(path:location:reason:)`` when the file is not an actor,
  ///   ``ImportError/limitExceeded(path:limit:value:option:)`` when it nests too deeply.
  static func account(from data: Data, path: String, limits: ImportLimits) throws -> Account {
    let actor = try JSONTree.object(data, path: path, limits: limits)
    guard let username = actor["preferredUsername"] as? String, !username.isEmpty else {
      throw ImportError.malformed(
        path: path, location: "preferredUsername",
        reason: "not an ActivityPub actor: no preferredUsername")
    }
    guard let id = actor["id"] as? String, let host = MastodonAddress.host(ofURL: id),
      let address = MastodonAddress.canonical(username, localDomain: host)
    else {
      throw ImportError.malformed(
        path: path, location: "id", reason: "the actor's id is not an https://host/… URL")
    }
    let name = (actor["name"] as? String).flatMap { $0.isEmpty ? nil : $0 }
    return Account(
      id: AccountID(network: .mastodon, value: address), handle: username, displayName: name,
      isBot: (actor["type"] as? String).map { $0 == "Service" || $0 == "Application" },
      createdAt: (actor["published"] as? String).flatMap(UTCTime.parse))
  }

  /// Whether the head of a file looks like an ActivityPub actor document.
  static func looksLikeActor(_ head: String) -> Bool {
    head.contains("\"preferredUsername\"") && head.contains("activitystreams")
  }
}
