import FollowModel
import Foundation

/// What changed in an owner's lists between two consecutive snapshots.
///
/// A list is compared only when both snapshots hold it; otherwise its changes are `nil`
/// (unknown), never empty. Mutual changes need both lists in both snapshots.
public struct SnapshotPeriod: Equatable, Sendable {
  /// The earlier snapshot's import.
  public var fromImport: Int64
  /// The later snapshot's import.
  public var toImport: Int64
  /// When the earlier export was taken.
  public var from: Date
  /// When the later export was taken.
  public var to: Date
  /// Accounts following the owner in `to` but not in `from`.
  public var gainedFollowers: [String]?
  /// Accounts following the owner in `from` but not in `to` (unfollowed, or gone).
  public var lostFollowers: [String]?
  /// Accounts the owner follows in `to` but not in `from`.
  public var newFollowing: [String]?
  /// Accounts the owner followed in `from` but not in `to`.
  public var droppedFollowing: [String]?
  /// Accounts mutual with the owner in `to` and not in `from`: follow-backs that appeared.
  public var newMutuals: [String]?
  /// Accounts mutual with the owner in `from` and not in `to`.
  public var lostMutuals: [String]?
  /// The lost followers that are gone, not unfollows.
  ///
  /// Those whose profile the later snapshot's fetch found gone (deleted, suspended or
  /// deactivated); empty when nothing was looked up (exports).
  public var goneFollowers: [String]?
  /// The dropped followings whose profile the later fetch found gone.
  public var goneFollowing: [String]?
  /// Why each gone account is gone, by native id.
  public var goneReasons: [String: GoneReason] = [:]

  /// The lost followers that are not gone: unfollows (or not looked up).
  public var unfollowedFollowers: [String]? {
    guard let lostFollowers else { return nil }
    let gone = Set(goneFollowers ?? [])
    return lostFollowers.filter { !gone.contains($0) }
  }

  /// Creates a period.
  ///
  /// - Parameters:
  ///   - fromImport: The earlier import.
  ///   - toImport: The later import.
  ///   - from: The earlier observation time.
  ///   - to: The later observation time.
  ///   - gainedFollowers: New followers.
  ///   - lostFollowers: Lost followers.
  ///   - newFollowing: New followings.
  ///   - droppedFollowing: Dropped followings.
  ///   - newMutuals: New mutual follows.
  ///   - lostMutuals: Lost mutual follows.
  public init(
    fromImport: Int64, toImport: Int64, from: Date, to: Date, gainedFollowers: [String]?,
    lostFollowers: [String]?, newFollowing: [String]?, droppedFollowing: [String]?,
    newMutuals: [String]?, lostMutuals: [String]?
  ) {
    self.fromImport = fromImport
    self.toImport = toImport
    self.from = from
    self.to = to
    self.gainedFollowers = gainedFollowers
    self.lostFollowers = lostFollowers
    self.newFollowing = newFollowing
    self.droppedFollowing = droppedFollowing
    self.newMutuals = newMutuals
    self.lostMutuals = lostMutuals
  }

  /// Whether the followers lists were compared.
  public var followersCompared: Bool { gainedFollowers != nil }

  /// Whether the following lists were compared.
  public var followingCompared: Bool { newFollowing != nil }
}

/// Compares consecutive snapshots of one owner.
public enum SnapshotChanges {
  /// The periods between consecutive snapshots, oldest first.
  ///
  /// - Parameters:
  ///   - snapshots: The owner's snapshots, in any order; sorted by observation time, then
  ///     import.
  ///   - since: Keep only periods that end after this instant.
  /// - Returns: One period per pair of consecutive snapshots; ids in each list sorted with
  ///   ``NativeIDOrder``.
  /// - Complexity: O(*s* · *l* log *l*) for *s* snapshots of at most *l* accounts each.
  public static func periods(_ snapshots: [OwnerSnapshot], since: Date? = nil)
    -> [SnapshotPeriod]
  {
    let ordered = snapshots.sorted {
      ($0.observedAt, $0.importID) < ($1.observedAt, $1.importID)
    }
    return zip(ordered, ordered.dropFirst()).compactMap { earlier, later in
      if let since, later.observedAt <= since { return nil }
      let earlierMutual = mutual(earlier)
      let laterMutual = mutual(later)
      var period = SnapshotPeriod(
        fromImport: earlier.importID, toImport: later.importID, from: earlier.observedAt,
        to: later.observedAt,
        gainedFollowers: difference(later.followers, earlier.followers),
        lostFollowers: difference(earlier.followers, later.followers),
        newFollowing: difference(later.following, earlier.following),
        droppedFollowing: difference(earlier.following, later.following),
        newMutuals: difference(laterMutual, earlierMutual),
        lostMutuals: difference(earlierMutual, laterMutual))
      var reasons: [String: GoneReason] = [:]
      for account in later.gone { reasons[account.id] = account.reason }
      period.goneFollowers = period.lostFollowers?.filter { reasons[$0] != nil }
      period.goneFollowing = period.droppedFollowing?.filter { reasons[$0] != nil }
      for id in (period.goneFollowers ?? []) + (period.goneFollowing ?? []) {
        period.goneReasons[id] = reasons[id]
      }
      return period
    }
  }

  /// Accounts both following and followed by the owner, when both lists are known.
  static func mutual(_ snapshot: OwnerSnapshot) -> [String]? {
    guard let following = snapshot.following, let followers = snapshot.followers else {
      return nil
    }
    let followerSet = Set(followers)
    return following.filter(followerSet.contains)
  }

  /// The ids in `a` and not in `b`, sorted; `nil` when either list is unknown.
  static func difference(_ a: [String]?, _ b: [String]?) -> [String]? {
    guard let a, let b else { return nil }
    let exclude = Set(b)
    return a.filter { !exclude.contains($0) }.sorted(by: NativeIDOrder.areInIncreasingOrder)
  }
}
