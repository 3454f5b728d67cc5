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
  /// New accounts are inserted in byte order of their ids, the order of the `(network,
  /// native_id)` index, so each insert appends to that index instead of splitting pages all
  /// over it; row ids therefore need not follow the order of `nativeIDs`. New accounts enter
  /// the lookup map only when ``rowID(for:)`` is next called, which a plain edge list never
  /// does.
  ///
  /// - Parameter nativeIDs: Distinct native ids.
  /// - Returns: The row id of each, in the order of `nativeIDs`.
  /// - Throws: `DatabaseError`.
  /// - Complexity: O(*n* log *n*) for *n* ids.
  mutating func rowIDs(for nativeIDs: [String]) throws -> [Int64] {
    mergeUnindexed()
    var rowIDs = [Int64](repeating: 0, count: nativeIDs.count)
    var new: [Int] = []
    if known.isEmpty {
      new = Array(nativeIDs.indices)
    } else {
      for (index, nativeID) in nativeIDs.enumerated() {
        if let id = known[nativeID] { rowIDs[index] = id } else { new.append(index) }
      }
    }
    for index in Self.byteOrder(new, of: nativeIDs) {
      insert.bind(2, nativeIDs[index])
      try insert.execute()
      rowIDs[index] = insert.lastInsertedRowID
      unindexed.append((nativeIDs[index], rowIDs[index]))
    }
    added += new.count
    return rowIDs
  }

  /// `indexes` sorted by the UTF-8 bytes of their ids (SQLite's BINARY collation), comparing
  /// an 8-byte prefix key first.
  static func byteOrder(_ indexes: [Int], of ids: [String]) -> [Int] {
    func prefix(_ id: String) -> UInt64 {
      var key: UInt64 = 0
      var shift: UInt64 = 56
      for byte in id.utf8.prefix(8) {
        key |= UInt64(byte) << shift
        shift &-= 8
      }
      return key
    }
    var keyed = indexes.map { (key: prefix(ids[$0]), index: $0) }
    keyed.sort { a, b in
      if a.key != b.key { return a.key < b.key }
      return ids[a.index].utf8.lexicographicallyPrecedes(ids[b.index].utf8)
    }
    return keyed.map(\.index)
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
