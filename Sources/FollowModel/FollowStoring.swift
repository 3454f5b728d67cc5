import Foundation

/// What the use cases need from a store of follows: save a batch of exports, and read a
/// network's graph, its accounts, the export owners, their snapshots and posts.
///
/// `FollowDatabase` (SQLite through GRDB, in `FollowStore`) is the first implementation; a
/// second store (PostgreSQL, say) implements these methods and the use cases run on it
/// unchanged. Every method is one consistent read or one transaction; errors are the
/// store's own (`StoreError` for `FollowDatabase`) with messages a user can read.
public protocol FollowStoring: Sendable {
  /// Saves parsed exports in one transaction: all of them, or on error none.
  ///
  /// - Parameters:
  ///   - requests: The exports to save, in order.
  ///   - progress: Receives the steps of the save.
  /// - Returns: One summary per request.
  /// - Throws: The store's error after rolling back.
  func save(_ requests: [ImportRequest], progress: SaveProgressHandler?) throws
    -> [ImportSummary]

  /// What the store holds: networks, export owners and imports.
  ///
  /// - Returns: The summary.
  /// - Throws: The store's error on read failure.
  func summary() throws -> DatabaseSummary

  /// The networks with their totals, sorted by name.
  ///
  /// - Returns: One entry per network that has accounts.
  /// - Throws: The store's error on read failure.
  func networks() throws -> [NetworkTotals]

  /// The owners of imported exports, sorted by network and native id.
  ///
  /// - Returns: One record per owner.
  /// - Throws: The store's error on read failure.
  func owners() throws -> [OwnerRecord]

  /// Finds the one account a selector names (an id before a handle).
  ///
  /// - Parameters:
  ///   - selector: What the user typed.
  ///   - network: The network to search, or `nil` for all.
  /// - Returns: The account's id.
  /// - Throws: The store's error when no account or several match.
  func resolve(_ selector: AccountSelector, network: Network?) throws -> AccountID

  /// The current follows of one network, in compact form.
  ///
  /// - Parameters:
  ///   - network: The network to load.
  ///   - progress: Receives the number of follows read so far, now and then.
  /// - Returns: The table; empty when the network has no follows.
  /// - Throws: The store's error on read failure.
  func followTable(network: Network, progress: (@Sendable (Int) -> Void)?) throws -> FollowTable

  /// Every stored account of a network with its names and audience counts.
  ///
  /// - Parameter network: The network.
  /// - Returns: Accounts sorted by native id.
  /// - Throws: The store's error on read failure.
  func accounts(network: Network) throws -> [Account]

  /// The lists each import of an export owner recorded, oldest first.
  ///
  /// - Parameter owner: The owner's id.
  /// - Returns: The snapshots; empty when the account owns no import.
  /// - Throws: The store's error on read failure.
  func snapshots(owner: AccountID) throws -> [OwnerSnapshot]

  /// The export owner's lists that are not follows (pending follow requests, recently
  /// unfollowed, close friends, blocked, restricted), each as the newest import that recorded
  /// that kind of list saved it.
  ///
  /// - Parameter owner: The owner's id.
  /// - Returns: The lists in ``OwnerList/Kind`` order, entries in the export's order; a kind
  ///   no import recorded is absent, so an owner without such lists gets an empty array.
  /// - Throws: The store's error on read failure.
  func ownerLists(owner: AccountID) throws -> [OwnerList]

  /// Stored posts with their hashtags, mentions and links, sorted by author, time and id.
  ///
  /// - Parameters:
  ///   - network: Only posts of this network; `nil` for all.
  ///   - author: Only posts of this account; `nil` for all.
  /// - Returns: The posts.
  /// - Throws: The store's error on read failure.
  func posts(network: Network?, author: AccountID?) throws -> [Post]

  /// The database's keep-list, sorted by selector text.
  ///
  /// - Returns: The entries.
  /// - Throws: The store's error on read failure.
  func keepList() throws -> [KeepEntry]

  /// Adds selectors to the keep-list in one transaction; entries already there are left as
  /// they were.
  ///
  /// - Parameters:
  ///   - selectors: The selectors to add.
  ///   - addedAt: The time recorded for new entries.
  /// - Returns: The selectors that were not on the list before, in the order given.
  /// - Throws: The store's error after rolling back.
  func addToKeepList(_ selectors: [AccountSelector], addedAt: Date) throws -> [AccountSelector]

  /// Removes selectors from the keep-list in one transaction.
  ///
  /// - Parameter selectors: The selectors to remove.
  /// - Returns: The selectors that were on the list (and are now removed), in the order given.
  /// - Throws: The store's error after rolling back.
  func removeFromKeepList(_ selectors: [AccountSelector]) throws -> [AccountSelector]
}
