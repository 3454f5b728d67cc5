import Foundation

/// Why a fetch found that an account's profile no longer resolves.
public enum GoneReason: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  /// The server does not know the account any more: Mastodon lookup 404 or 410, Bluesky
  /// absent from `getProfiles` or `AccountNotFound`/`ActorNotFound`.
  case notFound = "not_found"
  /// Mastodon `suspended: true`.
  case suspended
  /// Bluesky `AccountDeactivated`.
  case deactivated
  /// Bluesky `AccountTakedown`.
  case takenDown = "taken_down"
}

/// An account a fetch looked up and found gone (deleted, suspended or deactivated), at the
/// fetch's observation time (its snapshot's `observedAt`).
public struct GoneAccount: Equatable, Hashable, Sendable, Codable {
  /// The account's native id.
  public var id: String
  /// Why it is gone.
  public var reason: GoneReason

  /// Creates a record.
  ///
  /// - Parameters:
  ///   - id: The native id.
  ///   - reason: Why it is gone.
  public init(id: String, reason: GoneReason) {
    self.id = id
    self.reason = reason
  }
}
