import FollowModel
import Foundation

/// Gathers the lists of one Meta export into an ``ImportBatch``.
struct MetaBatchCollector {
  private var builder: FollowTableBuilder
  private let network: Network
  private let ownerIndex: UInt32
  private let owner: Account
  private var handles: [String: String] = [:]
  private var created: [Follow: Date] = [:]
  private var lists: [OwnerList.Kind: (entries: [OwnerListEntry], seen: Set<String>)] = [:]
  private var warnings: [ImportWarning] = []
  /// Entries read so far from every file.
  private(set) var records = 0

  /// Starts a batch for `owner` (a username, any case).
  init(network: Network, owner: String) {
    self.network = network
    builder = FollowTableBuilder(network: network)
    ownerIndex = builder.index(of: owner.lowercased())
    self.owner = Account(id: AccountID(network: network, value: owner.lowercased()), handle: owner)
  }

  /// Adds a follow list: the accounts follow the owner (`followers`) or are followed by them.
  mutating func add(_ list: MetaListFile, followers: Bool) {
    records += list.records
    warnings += list.warnings
    for item in list.items {
      let native = item.nativeID
      if handles[native] == nil { handles[native] = item.username }
      let other = builder.index(of: native)
      if followers {
        builder.add(follower: other, followed: ownerIndex)
      } else {
        builder.add(follower: ownerIndex, followed: other)
      }
      guard let date = item.date, native != owner.id.value else { continue }
      let ids = (AccountID(network: network, value: native), owner.id)
      let follow =
        followers
        ? Follow(follower: ids.0, followed: ids.1)
        : Follow(follower: ids.1, followed: ids.0)
      created[follow] = min(created[follow] ?? date, date)
    }
  }

  /// Adds one of the owner's other lists; an account listed twice keeps its first entry.
  mutating func add(_ list: MetaListFile, kind: OwnerList.Kind) {
    records += list.records
    warnings += list.warnings
    var current = lists[kind] ?? ([], [])
    for item in list.items where current.seen.insert(item.nativeID).inserted {
      current.entries.append(
        OwnerListEntry(nativeID: item.nativeID, handle: item.username, listedAt: item.date))
      if handles[item.nativeID] == nil { handles[item.nativeID] = item.username }
    }
    lists[kind] = current
  }

  /// The batch.
  func batch(format: String, listsFollowers: Bool, listsFollowing: Bool) -> ImportBatch {
    let (table, duplicates) = builder.build()
    let accounts = handles.sorted { $0.key < $1.key }.map { native, handle in
      Account(id: AccountID(network: network, value: native), handle: handle)
    }
    return ImportBatch(
      network: network, format: format,
      owner: ExportOwner(
        account: owner, listsFollowing: listsFollowing, listsFollowers: listsFollowers),
      follows: table, accounts: accounts,
      counts: ImportCounts(
        records: records, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings, followCreatedAt: created
    )
    .with(
      ownerLists: OwnerList.Kind.allCases.compactMap { kind in
        lists[kind].map { OwnerList(kind: kind, entries: $0.entries) }
      })
  }
}

extension ImportBatch {
  /// The batch with `ownerLists` set.
  func with(ownerLists: [OwnerList]) -> ImportBatch {
    var copy = self
    copy.ownerLists = ownerLists
    return copy
  }
}
