import FollowAnalysis
import FollowModel
import FollowReports
import Foundation

/// Finds an export owner and loads the changes between its snapshots.
public enum OwnerHistory {
  /// The owner `selector` names, or the only export owner.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - selector: The account asked for, if any.
  /// - Returns: The owner.
  /// - Throws: ``UseCaseError`` when there is no owner, several and none chosen, or the
  ///   selected account owns no export; the store's error when the selector matches nothing.
  public static func owner(store: any FollowStoring, selector: AccountSelector?) throws
    -> OwnerRecord
  {
    let owners = try store.owners()
    guard let selector else {
      guard let only = owners.first else { throw UseCaseError.noExportOwner }
      guard owners.count == 1 else {
        throw UseCaseError.ownerRequired(candidates: owners.map(\.account.label))
      }
      return only
    }
    let id = try store.resolve(selector, network: nil)
    guard let owner = owners.first(where: { $0.account.id == id }) else {
      throw UseCaseError.notAnExportOwner(id.description)
    }
    return owner
  }

  /// The owner's periods between consecutive snapshots.
  ///
  /// - Parameters:
  ///   - store: The store.
  ///   - owner: The owner.
  ///   - since: Keep only periods ending after this instant.
  /// - Returns: The history.
  /// - Throws: The store's error on read failure.
  public static func load(store: any FollowStoring, owner: OwnerRecord, since: Date?) throws
    -> OwnerChanges
  {
    let snapshots = try store.snapshots(owner: owner.account.id)
    return OwnerChanges(
      owner: owner.account, snapshots: snapshots.count,
      periods: SnapshotChanges.periods(snapshots, since: since),
      directory: AccountDirectory(try store.accounts(network: owner.account.id.network)))
  }
}
