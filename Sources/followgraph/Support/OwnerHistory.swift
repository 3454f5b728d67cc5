import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore
import Foundation

/// Finds an export owner and loads the changes between its snapshots.
enum OwnerHistory {
  /// The owner `selector` names, or the only export owner.
  ///
  /// - Throws: ``CommandError`` when there is no owner, several and none chosen, or the
  ///   selected account owns no export; ``StoreError`` when the selector matches nothing.
  static func owner(database: FollowDatabase, selector: AccountSelector?) throws -> OwnerRecord {
    let owners = try database.owners()
    guard let selector else {
      guard let only = owners.first else { throw CommandError.noExportOwner }
      guard owners.count == 1 else {
        throw CommandError.ownerRequired(candidates: owners.map(\.account.label))
      }
      return only
    }
    let id = try database.resolve(selector)
    guard let owner = owners.first(where: { $0.account.id == id }) else {
      throw CommandError.notAnExportOwner(id.description)
    }
    return owner
  }

  /// The owner's periods between consecutive snapshots.
  ///
  /// - Parameters:
  ///   - database: The store.
  ///   - owner: The owner.
  ///   - since: Keep only periods ending after this instant.
  /// - Returns: The history.
  static func load(database: FollowDatabase, owner: OwnerRecord, since: Date?) throws
    -> OwnerChanges
  {
    let snapshots = try database.snapshots(owner: owner.account.id)
    return OwnerChanges(
      owner: owner.account, snapshots: snapshots.count,
      periods: SnapshotChanges.periods(snapshots, since: since),
      directory: AccountDirectory(try database.accounts(network: owner.account.id.network)))
  }
}
