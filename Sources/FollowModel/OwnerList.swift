import Foundation

/// One of an export owner's lists that are not follows: follow requests still pending,
/// profiles recently unfollowed, close friends, blocked and restricted profiles.
///
/// Instagram's export holds these beside the follow lists; they answer questions such as "when
/// did I unfollow X" or "is my request to Y still pending" and are stored per import, never
/// as follows.
public struct OwnerList: Hashable, Sendable {
  /// Which list.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// Follow requests the owner sent that are still pending.
    case pendingFollowRequests = "pending_follow_requests"
    /// Follow requests the owner received.
    case receivedFollowRequests = "received_follow_requests"
    /// Profiles the owner recently unfollowed.
    case recentlyUnfollowed = "recently_unfollowed"
    /// The owner's close friends.
    case closeFriends = "close_friends"
    /// Profiles the owner blocked.
    case blocked
    /// Profiles the owner restricted.
    case restricted
  }

  /// Which list.
  public var kind: Kind
  /// The accounts on the list, in the export's order, each at most once.
  public var entries: [OwnerListEntry]

  /// Creates a list.
  ///
  /// - Parameters:
  ///   - kind: Which list.
  ///   - entries: The accounts on it.
  public init(kind: Kind, entries: [OwnerListEntry]) {
    self.kind = kind
    self.entries = entries
  }
}

/// One account on an ``OwnerList``.
public struct OwnerListEntry: Hashable, Sendable {
  /// The account's native id in the batch's network.
  public var nativeID: String
  /// The handle as the export spells it, when known.
  public var handle: String?
  /// When the account was put on the list, when the export says.
  public var listedAt: Date?

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - nativeID: The account's native id.
  ///   - handle: The handle as spelled in the export.
  ///   - listedAt: When the account was put on the list.
  public init(nativeID: String, handle: String? = nil, listedAt: Date? = nil) {
    self.nativeID = nativeID
    self.handle = handle
    self.listedAt = listedAt
  }
}
