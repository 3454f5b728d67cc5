import FollowModel
import Logging
import PostgresNIO

/// The `account` row ids of one network during an import, with new accounts numbered here and
/// written in one `COPY` before anything refers to them.
///
/// Ids are handed out in the order the SQLite store hands them out (the owner, then the new
/// accounts of the follow table in byte order of their native ids, then others as met), so
/// both stores index a network's accounts alike. Imports hold an advisory lock, so no other
/// `followgraph` process numbers accounts at the same time.
struct PostgresAccountIDs {
  let network: Network
  private var known: [String: Int64]
  private var pending: [(String, Int64)] = []
  private var next: Int64
  private(set) var added = 0

  /// Loads the network's accounts.
  ///
  /// - Complexity: O(*n*) for *n* accounts of the network.
  static func load(network: Network, connection: PostgresConnection, logger: Logger)
    async throws -> PostgresAccountIDs
  {
    var known: [String: Int64] = [:]
    let rows = try await connection.query(
      "SELECT native_id, id FROM account WHERE network = \(network.rawValue)", logger: logger)
    for try await (nativeID, id) in rows.decode((String, Int64).self) { known[nativeID] = id }
    var next: Int64 = 1
    for try await last in try await connection.query(
      "SELECT coalesce(max(id), 0) FROM account", logger: logger
    ).decode(Int64.self) {
      next = last + 1
    }
    return PostgresAccountIDs(network: network, known: known, next: next)
  }

  private init(network: Network, known: [String: Int64], next: Int64) {
    self.network = network
    self.known = known
    self.next = next
  }

  /// The row ids of `nativeIDs`, numbering the new ones in byte order of their ids.
  ///
  /// - Complexity: O(*k* log *k*) for *k* new accounts, O(1) per known one.
  mutating func rowIDs(for nativeIDs: [String]) -> [Int64] {
    var rowIDs = [Int64](repeating: 0, count: nativeIDs.count)
    var new: [Int] = []
    for (index, nativeID) in nativeIDs.enumerated() {
      if let id = known[nativeID] { rowIDs[index] = id } else { new.append(index) }
    }
    new.sort { nativeIDs[$0].utf8.lexicographicallyPrecedes(nativeIDs[$1].utf8) }
    for index in new { rowIDs[index] = rowID(for: nativeIDs[index]) }
    return rowIDs
  }

  /// The row id of one account, numbering it when new.
  mutating func rowID(for nativeID: String) -> Int64 {
    if let id = known[nativeID] { return id }
    let id = next
    next += 1
    known[nativeID] = id
    pending.append((nativeID, id))
    added += 1
    return id
  }

  /// Writes the accounts numbered since the last flush.
  mutating func flush(_ connection: PostgresConnection, logger: Logger) async throws {
    guard !pending.isEmpty else { return }
    let rows = pending
    let network = network.rawValue
    pending.removeAll()
    try await connection.copyRows(
      into: "account", columns: ["id", "network", "native_id"], logger: logger
    ) { copy in
      for (nativeID, id) in rows {
        copy.add(id)
        copy.add(network)
        copy.add(nativeID)
        copy.endRow()
        if copy.isFull { try await copy.flush() }
      }
    }
    // Keep the identity ahead of the ids used here, for rows added by other means.
    try await connection.query(
      "SELECT setval(pg_get_serial_sequence('account', 'id'), \(next - 1))", logger: logger)
  }
}
