import Foundation

/// How a user names an account on the command line (`--account`, `--owner`).
///
/// - `@handle`: a handle, in any network.
/// - `network:id`: an id in a named network, such as `x:12345` or `generic:alice`.
/// - `did:plc:…`, `did:web:…`: a Bluesky DID.
/// - `user@host`: a Mastodon account (the host is lower-cased).
/// - anything else: an id in any network, or else a handle.
public enum AccountSelector: Hashable, Sendable, CustomStringConvertible {
  /// A handle without `@`, matched case-insensitively.
  case handle(String)
  /// An id, in one network when `network` is given.
  case id(String, network: Network?)

  /// Parses the text a user typed.
  ///
  /// - Parameter text: The selector text.
  /// - Throws: ``ModelError/invalidSelector(_:)`` when the text is empty.
  public init(parsing text: String) throws {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed != "@" else { throw ModelError.invalidSelector(text) }
    if trimmed.hasPrefix("@") {
      let rest = trimmed.dropFirst()
      if let at = rest.firstIndex(of: "@") {
        self = .id(
          Self.mastodonID(user: rest[..<at], host: rest[rest.index(after: at)...]),
          network: .mastodon)
      } else {
        self = .handle(String(rest))
      }
    } else if trimmed.hasPrefix("did:") {
      self = .id(trimmed, network: .bluesky)
    } else if let colon = trimmed.firstIndex(of: ":"),
      Network.isValidName(String(trimmed[..<colon])), trimmed.index(after: colon) < trimmed.endIndex
    {
      let network = Network(rawValue: String(trimmed[..<colon]))
      self = .id(String(trimmed[trimmed.index(after: colon)...]), network: network)
    } else if let at = trimmed.firstIndex(of: "@"), at != trimmed.startIndex {
      self = .id(
        Self.mastodonID(user: trimmed[..<at], host: trimmed[trimmed.index(after: at)...]),
        network: .mastodon)
    } else {
      self = .id(trimmed, network: nil)
    }
  }

  /// The Mastodon account id `user@host` with the host lower-cased.
  ///
  /// - Parameters:
  ///   - user: The user part.
  ///   - host: The host part.
  /// - Returns: The canonical id.
  public static func mastodonID(user: Substring, host: Substring) -> String {
    "\(user)@\(host.lowercased())"
  }

  public var description: String {
    switch self {
    case .handle(let handle): "@\(handle)"
    case .id(let id, let network?): "\(network):\(id)"
    case .id(let id, nil): id
    }
  }
}
