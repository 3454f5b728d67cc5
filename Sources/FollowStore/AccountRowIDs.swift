import FollowModel
import GRDB

/// Maps native ids of one network to `account` row ids, inserting accounts on first sight.
struct AccountRowIDs {
  let network: Network
  private var known: [String: Int64]
  /// Accounts inserted in bulk and not yet in `known`.
  private var unindexed: [(String, Int64)] = []
  private let insert: BulkStatement
  /// How many accounts were inserted.
  private(set) var added = 0

  init(_ db: Database, network: Network) throws {
    self.network = network
    var known: [String: Int64] = [:]
    let select = try BulkStatement(db, sql: "SELECT native_id, id FROM account WHERE network = ?")
    select.bind(1, network.rawValue)
    try select.forEachRow { row in
      if let id = BulkStatement.text(row, 0) {
        known[id] = BulkStatement.optionalInt(row, 1).map(Int64.init) ?? 0
      }
    }
    self.known = known
    insert = try BulkStatement(db, sql: "INSERT INTO account (network, native_id) VALUES (?, ?)")
    insert.bind(1, network.rawValue)
  }

  /// The row ids of `nativeIDs`, inserting the accounts that are new.
  ///
  /// New accounts are inserted in the order given, so their row ids increase with their
  /// position; they enter the lookup map only when ``rowID(for:)`` is next called, which a
  /// plain edge list never does.
  ///
  /// - Parameter nativeIDs: Distinct native ids.
  /// - Returns: The row id of each, in order.
  /// - Throws: `DatabaseError`.
  mutating func rowIDs(for nativeIDs: [String]) throws -> [Int64] {
    mergeUnindexed()
    var rowIDs: [Int64] = []
    rowIDs.reserveCapacity(nativeIDs.count)
    let lookUp = !known.isEmpty
    for nativeID in nativeIDs {
      if lookUp, let id = known[nativeID] {
        rowIDs.append(id)
        continue
      }
      insert.bind(2, nativeID)
      try insert.execute()
      let id = insert.lastInsertedRowID
      rowIDs.append(id)
      unindexed.append((nativeID, id))
    }
    added += unindexed.count
    return rowIDs
  }

  /// Moves accounts inserted by ``rowIDs(for:)`` into the lookup map.
  private mutating func mergeUnindexed() {
    guard !unindexed.isEmpty else { return }
    known.reserveCapacity(known.count + unindexed.count)
    for (nativeID, id) in unindexed { known[nativeID] = id }
    unindexed.removeAll()
  }

  /// The row id of `nativeID`, inserting the account when it is new.
  mutating func rowID(for nativeID: String) throws -> Int64 {
    mergeUnindexed()
    if let id = known[nativeID] { return id }
    insert.bind(2, nativeID)
    try insert.execute()
    let id = insert.lastInsertedRowID
    known[nativeID] = id
    added += 1
    return id
  }
}
