import FollowAnalysis
import FollowModel
import Foundation

/// The keep-list: accounts the user keeps following whatever they do, stored once per
/// database (`followgraph keep`) and merged with the `--keep`/`--whitelist` files.
///
/// Kept accounts leave every "not following back" list and count and are shown as kept
/// (``TriageCategory/kept``); like the old web-famous whitelist they count as web famous by
/// declaration, so they are also left out of the follow-back rate that excludes web-famous
/// accounts.
public struct KeepList: Sendable {
  /// What `keep add` or `keep remove` did.
  public struct Change: Equatable, Sendable {
    /// Selectors added or removed.
    public var changed: [AccountSelector]
    /// Selectors that needed no change: already on the list (`add`) or absent (`remove`).
    public var unchanged: [AccountSelector]
    /// Added selectors that match no imported account yet (`add` only); they are kept.
    public var unmatched: [AccountSelector]
  }

  /// The store.
  public let store: any FollowStoring

  /// Creates the keep-list use cases over `store`.
  ///
  /// - Parameter store: The store.
  public init(store: any FollowStoring) {
    self.store = store
  }

  /// `keep add`: adds selectors to the stored list; a selector matching no account is added
  /// all the same and reported in ``Change/unmatched``.
  ///
  /// - Parameters:
  ///   - selectors: The selectors, as parsed from the command line.
  ///   - addedAt: The time recorded for new entries.
  /// - Returns: What changed.
  /// - Throws: The store's error; the list is then unchanged.
  public func add(_ selectors: [AccountSelector], addedAt: Date) throws -> Change {
    let unique = Self.deduplicated(selectors)
    let added = try store.addToKeepList(unique, addedAt: addedAt)
    let index = try AccountIndex(store: store)
    return Change(
      changed: added, unchanged: unique.filter { !added.contains($0) },
      unmatched: unique.filter { index.matches(of: $0).isEmpty })
  }

  /// `keep remove`: removes selectors from the stored list.
  ///
  /// - Parameter selectors: The selectors, as parsed from the command line.
  /// - Returns: What changed; ``Change/unchanged`` holds the selectors that were not listed.
  /// - Throws: The store's error; the list is then unchanged.
  public func remove(_ selectors: [AccountSelector]) throws -> Change {
    let unique = Self.deduplicated(selectors)
    let removed = try store.removeFromKeepList(unique)
    return Change(
      changed: removed, unchanged: unique.filter { !removed.contains($0) }, unmatched: [])
  }

  /// `keep list`: the stored entries with the accounts each names.
  ///
  /// - Returns: The entries, sorted by selector text.
  /// - Throws: The store's error.
  public func list() throws -> [KeepListing] {
    let index = try AccountIndex(store: store)
    return try store.keepList().map {
      KeepListing(entry: $0, matches: index.matches(of: $0.selector))
    }
  }

  /// The settings with the stored keep-list appended to the files' entries.
  ///
  /// A stored selector already in the files (`--keep`, `--whitelist`) is not repeated; stored
  /// entries have line 0.
  ///
  /// - Parameters:
  ///   - fame: The settings from the command line.
  ///   - store: The store whose keep-list to merge.
  /// - Returns: The merged settings.
  /// - Throws: The store's error.
  public static func merged(_ fame: FameSettings, store: any FollowStoring) throws
    -> FameSettings
  {
    var merged = fame
    var seen = Set(fame.whitelist.entries.map(\.selector))
    for entry in try store.keepList() where seen.insert(entry.selector).inserted {
      merged.whitelist.entries.append(WebFameWhitelist.Entry(line: 0, selector: entry.selector))
    }
    return merged
  }

  /// The selectors without repeats, in first-seen order, handles lower-cased (they match
  /// case-insensitively, so `@Name` and `@name` are one entry).
  static func deduplicated(_ selectors: [AccountSelector]) -> [AccountSelector] {
    var seen = Set<AccountSelector>()
    return selectors.map { selector in
      if case .handle(let handle) = selector { return .handle(handle.lowercased()) }
      return selector
    }.filter { seen.insert($0).inserted }
  }
}

/// Every stored account, indexed for matching keep-list selectors the way the triage does
/// (``WebFameWhitelist/matches(_:id:handle:)``).
struct AccountIndex {
  private var byID: [String: [AccountID]] = [:]
  private var byHandle: [String: [AccountID]] = [:]

  /// Reads every account of every network.
  ///
  /// - Complexity: O(*n*) for *n* stored accounts.
  init(store: any FollowStoring) throws {
    for totals in try store.networks() {
      for account in try store.accounts(network: totals.network) {
        byID[account.id.value, default: []].append(account.id)
        if let handle = account.handle {
          byHandle[handle.lowercased(), default: []].append(account.id)
        }
      }
    }
  }

  /// The accounts `selector` names, sorted by network and id.
  func matches(of selector: AccountSelector) -> [AccountID] {
    let found: [AccountID]
    switch selector {
    case .handle(let handle):
      found = byHandle[handle.lowercased()] ?? []
    case .id(let value, let network?):
      found = (byID[value] ?? []).filter { $0.network == network }
    case .id(let value, nil):
      found = (byID[value] ?? []) + (byHandle[value.lowercased()] ?? [])
    }
    return Set(found).sorted {
      ($0.network.rawValue, $0.value) < ($1.network.rawValue, $1.value)
    }
  }
}
