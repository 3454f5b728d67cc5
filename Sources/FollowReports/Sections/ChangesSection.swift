import FollowAnalysis
import FollowModel
import Foundation

/// What changed in one owner's lists between consecutive snapshots (exports taken at different
/// times), for the HTML report.
///
/// Filled by the snapshot comparison (`followgraph changes`); the report renders it when
/// present and says how to get it otherwise.
public struct ChangesSection: Equatable, Sendable {
  /// The changes between two snapshots.
  public struct Period: Equatable, Sendable {
    /// When the earlier snapshot was taken.
    public var from: Date
    /// When the later snapshot was taken.
    public var to: Date
    /// Accounts following the owner in the later snapshot only.
    public var gainedFollowers: [Account]
    /// Accounts following the owner in the earlier snapshot only (unfollowed or gone).
    public var lostFollowers: [Account]
    /// Accounts the owner follows in the later snapshot only.
    public var newFollowing: [Account]
    /// Accounts the owner followed in the earlier snapshot only.
    public var droppedFollowing: [Account]

    /// Creates a period.
    ///
    /// - Parameters:
    ///   - from: The earlier snapshot's date.
    ///   - to: The later snapshot's date.
    ///   - gainedFollowers: New followers.
    ///   - lostFollowers: Lost followers.
    ///   - newFollowing: New followings.
    ///   - droppedFollowing: Dropped followings.
    public init(
      from: Date, to: Date, gainedFollowers: [Account], lostFollowers: [Account],
      newFollowing: [Account], droppedFollowing: [Account]
    ) {
      self.from = from
      self.to = to
      self.gainedFollowers = gainedFollowers
      self.lostFollowers = lostFollowers
      self.newFollowing = newFollowing
      self.droppedFollowing = droppedFollowing
    }
  }

  /// The owner whose snapshots are compared.
  public var owner: AccountID
  /// Consecutive periods, oldest first.
  public var periods: [Period]

  /// Creates the section.
  ///
  /// - Parameters:
  ///   - owner: The owner.
  ///   - periods: Consecutive periods, oldest first.
  public init(owner: AccountID, periods: [Period]) {
    self.owner = owner
    self.periods = periods
  }
}
