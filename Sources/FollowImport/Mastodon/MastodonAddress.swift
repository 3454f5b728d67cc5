import FollowModel
import Foundation

/// Mastodon account identity: `user@host`, the host lower-cased.
enum MastodonAddress {
  /// The canonical address for `text` (`user@host`, `@user@host`), or for a bare `user` the
  /// address on `localDomain`; `nil` when the text is not an address.
  ///
  /// - Parameters:
  ///   - text: What the export or API wrote.
  ///   - localDomain: The server's domain, for local accounts written without a host.
  /// - Returns: `user@host`, or `nil`.
  static func canonical(_ text: String, localDomain: String? = nil) -> String? {
    var trimmed = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    if trimmed.hasPrefix("@") { trimmed = trimmed.dropFirst() }
    guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isWhitespace || $0 == "/" }) else {
      return nil
    }
    let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
    switch parts.count {
    case 1:
      guard let localDomain, !localDomain.isEmpty else { return nil }
      return AccountSelector.mastodonID(user: parts[0], host: Substring(localDomain))
    case 2 where !parts[0].isEmpty && !parts[1].isEmpty:
      return AccountSelector.mastodonID(user: parts[0], host: parts[1])
    default:
      return nil
    }
  }

  /// The lower-cased host of an `https://host/…` URL.
  ///
  /// - Parameter url: An ActivityPub id or profile URL.
  /// - Returns: The host, or `nil`.
  static func host(ofURL url: String) -> String? {
    guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty
    else { return nil }
    return host.lowercased()
  }

  /// The user part of a canonical address.
  static func user(of address: String) -> String {
    String(address.prefix { $0 != "@" })
  }

  /// The owner named by `--owner` or `--of`, when it is a Mastodon address.
  ///
  /// - Parameter selector: The selector the user gave.
  /// - Returns: `user@host`, or `nil` for a selector that is not a full address.
  static func address(of selector: AccountSelector?) -> String? {
    guard case .id(let id, let network)? = selector, network == nil || network == .mastodon else {
      return nil
    }
    return canonical(id)
  }
}
