import Foundation

/// The lists one import recorded for an export owner: a point in the owner's history.
///
/// A snapshot comes from one `import_run` with an owner. `following` is `nil` when that export
/// did not list the owner's followings (and likewise `followers`): an absent list is unknown,
/// not empty.
public struct OwnerSnapshot: Equatable, Sendable {
  /// The import that recorded the snapshot.
  public var importID: Int64
  /// When the export was taken.
  public var observedAt: Date
  /// Native ids of the accounts the owner followed, sorted, or `nil` when not listed.
  public var following: [String]?
  /// Native ids of the accounts following the owner, sorted, or `nil` when not listed.
  public var followers: [String]?
  /// Accounts this snapshot's fetch looked up and found gone, sorted by id; empty for exports
  /// (which look nothing up).
  public var gone: [GoneAccount] = []

  /// Creates a snapshot.
  ///
  /// - Parameters:
  ///   - importID: The import that recorded it.
  ///   - observedAt: When the export was taken.
  ///   - following: The owner's followings, or `nil` when the export did not list them.
  ///   - followers: The owner's followers, or `nil` when the export did not list them.
  ///   - gone: Accounts the fetch found gone.
  public init(
    importID: Int64, observedAt: Date, following: [String]?, followers: [String]?,
    gone: [GoneAccount] = []
  ) {
    self.gone = gone
    self.importID = importID
    self.observedAt = observedAt
    self.following = following
    self.followers = followers
  }
}
