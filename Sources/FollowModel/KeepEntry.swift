import Foundation

/// One entry of a database's keep-list: an account the user keeps following whatever it does.
///
/// The keep-list removes its accounts from every "not following back" list and count; they
/// are shown as kept instead. The selector is stored as typed (canonical form), so an entry
/// may name an account no import has brought in yet.
public struct KeepEntry: Equatable, Sendable {
  /// The account selector (`@handle`, `network:id`, `user@host`, `did:…` or a bare id).
  public var selector: AccountSelector
  /// When the entry was added.
  public var addedAt: Date

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - selector: The account selector.
  ///   - addedAt: When it was added.
  public init(selector: AccountSelector, addedAt: Date) {
    self.selector = selector
    self.addedAt = addedAt
  }
}

/// One keep-list entry with the accounts it names today (`followgraph keep list`).
public struct KeepListing: Equatable, Sendable {
  /// The stored entry.
  public var entry: KeepEntry
  /// The accounts of any network the entry names, sorted by network and id; empty when no
  /// imported account matches yet.
  public var matches: [AccountID]

  /// Creates a listing.
  ///
  /// - Parameters:
  ///   - entry: The stored entry.
  ///   - matches: The accounts it names.
  public init(entry: KeepEntry, matches: [AccountID]) {
    self.entry = entry
    self.matches = matches
  }
}
