/// The stable identity of an account: its network and that network's own id.
///
/// The id is what the platform never changes (an X numeric id, a Mastodon `user@host`, a
/// Bluesky DID, or whatever string an edge list uses), never a handle, which can change.
public struct AccountID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The network the id belongs to.
  public var network: Network
  /// The platform's id, exactly as it appears in the input.
  public var value: String

  /// Creates an account id.
  ///
  /// - Parameters:
  ///   - network: The network the id belongs to.
  ///   - value: The platform's id.
  public init(network: Network, value: String) {
    self.network = network
    self.value = value
  }

  /// `network:value`, the form `--account` selectors accept.
  public var description: String { "\(network.rawValue):\(value)" }

  public static func < (lhs: AccountID, rhs: AccountID) -> Bool {
    (lhs.network, lhs.value) < (rhs.network, rhs.value)
  }
}
