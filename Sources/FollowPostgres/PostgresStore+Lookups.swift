import FollowModel
import Foundation
import PostgresNIO

extension PostgresStore {
  /// Finds the account a selector names: an id before a handle; handles match without regard
  /// to case (`lower()`, which folds more than SQLite's ASCII-only NOCASE).
  ///
  /// - Throws: ``PostgresStoreError/accountNotFound(selector:)`` or
  ///   ``PostgresStoreError/ambiguousAccount(selector:candidates:)``.
  public func resolve(_ selector: AccountSelector, network: Network?) throws -> AccountID {
    let matches: [AccountID] = try read { [logger] connection in
      func fetch(_ query: PostgresQuery) async throws -> [AccountID] {
        var found: [AccountID] = []
        for try await (network, nativeID) in try await connection.query(query, logger: logger)
          .decode((String, String).self)
        {
          found.append(AccountID(network: Network(rawValue: network), value: nativeID))
        }
        return found
      }
      func byHandle(_ handle: String, _ network: String?) async throws -> [AccountID] {
        try await fetch(
          """
          SELECT network, native_id FROM account
          WHERE lower(handle) = lower(\(handle)) AND (\(network)::text IS NULL OR network = \(network))
          ORDER BY network, native_id
          """)
      }
      switch selector {
      case .id(let id, let selectorNetwork):
        let wanted = (selectorNetwork ?? network)?.rawValue
        let byID = try await fetch(
          """
          SELECT network, native_id FROM account
          WHERE native_id = \(id) AND (\(wanted)::text IS NULL OR network = \(wanted))
          ORDER BY network
          """)
        if !byID.isEmpty || selectorNetwork != nil { return byID }
        return try await byHandle(id, wanted)
      case .handle(let handle):
        return try await byHandle(handle, network?.rawValue)
      }
    }
    guard let first = matches.first else {
      throw PostgresStoreError.accountNotFound(selector: selector.description)
    }
    guard matches.count == 1 else {
      throw PostgresStoreError.ambiguousAccount(
        selector: selector.description, candidates: matches.map(\.description))
    }
    return first
  }

  /// The lists each import of an export owner recorded, oldest first.
  public func snapshots(owner: AccountID) throws -> [OwnerSnapshot] {
    try read { [logger] connection in
      var runs: [(Int64, String, Bool, Bool)] = []
      for try await run in try await connection.query(
        """
        SELECT r.id, r.observed_at, r.lists_following, r.lists_followers
        FROM import_run r JOIN account a ON a.id = r.owner_id
        WHERE a.network = \(owner.network.rawValue) AND a.native_id = \(owner.value)
        ORDER BY r.observed_at, r.id
        """, logger: logger
      ).decode((Int64, String, Bool, Bool).self) {
        runs.append(run)
      }
      var snapshots: [OwnerSnapshot] = []
      for (id, observed, listsFollowing, listsFollowers) in runs {
        guard let observedAt = UTCTime.parse(observed) else { continue }
        var following: [String] = []
        var followers: [String] = []
        for try await (relation, native) in try await connection.query(
          """
          SELECT m.relation, a.native_id FROM snapshot_member m
          JOIN account a ON a.id = m.account_id WHERE m.import_run_id = \(id)
          """, logger: logger
        ).decode((String, String).self) {
          if relation == "following" { following.append(native) } else { followers.append(native) }
        }
        var gone: [GoneAccount] = []
        for try await (native, reason) in try await connection.query(
          """
          SELECT a.native_id, g.reason FROM snapshot_gone g
          JOIN account a ON a.id = g.account_id WHERE g.import_run_id = \(id)
          """, logger: logger
        ).decode((String, String).self) {
          if let reason = GoneReason(rawValue: reason) {
            gone.append(GoneAccount(id: native, reason: reason))
          }
        }
        snapshots.append(
          OwnerSnapshot(
            importID: id, observedAt: observedAt,
            following: listsFollowing
              ? following.sorted(by: NativeIDOrder.areInIncreasingOrder) : nil,
            followers: listsFollowers
              ? followers.sorted(by: NativeIDOrder.areInIncreasingOrder) : nil,
            gone: gone.sorted { NativeIDOrder.areInIncreasingOrder($0.id, $1.id) }))
      }
      return snapshots
    }
  }

  /// The lists (pending requests, recently unfollowed, …) of an owner's newest import that
  /// recorded each kind.
  public func ownerLists(owner: AccountID) throws -> [OwnerList] {
    try read { [logger] connection in
      var entries: [String: [OwnerListEntry]] = [:]
      for try await (kind, nativeID, handle, listedAt) in try await connection.query(
        """
        SELECT m.kind, a.native_id, a.handle, m.listed_at FROM owner_list_member m
        JOIN account a ON a.id = m.account_id
        WHERE m.import_run_id = (
          SELECT r.id FROM import_run r JOIN owner_list_member n ON n.import_run_id = r.id
          JOIN account o ON o.id = r.owner_id
          WHERE o.network = \(owner.network.rawValue) AND o.native_id = \(owner.value)
            AND n.kind = m.kind
          ORDER BY r.observed_at DESC, r.id DESC LIMIT 1)
        ORDER BY m.kind, m.seq
        """, logger: logger
      ).decode((String, String, String?, String?).self) {
        entries[kind, default: []].append(
          OwnerListEntry(
            nativeID: nativeID, handle: handle, listedAt: listedAt.flatMap(UTCTime.parse)))
      }
      return OwnerList.Kind.allCases.compactMap { kind in
        entries[kind.rawValue].map { OwnerList(kind: kind, entries: $0) }
      }
    }
  }
}
