import FollowModel
import GRDB

extension FollowDatabase {
  /// Finds the account a selector names.
  ///
  /// An id is tried before a handle; a handle matches case-insensitively. When `network` is
  /// given, only that network is searched.
  ///
  /// - Parameters:
  ///   - selector: What the user typed.
  ///   - network: The network to search, or `nil` for all.
  /// - Returns: The account's id.
  /// - Throws: ``StoreError/accountNotFound(selector:)`` or
  ///   ``StoreError/ambiguousAccount(selector:candidates:)``.
  public func resolve(_ selector: AccountSelector, network: Network? = nil) throws -> AccountID {
    let matches: [AccountID] = try dbReader.read { db in
      func fetch(_ sql: String, _ arguments: StatementArguments) throws -> [AccountID] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
          AccountID(network: Network(rawValue: row["network"]), value: row["native_id"])
        }
      }
      switch selector {
      case .id(let id, let selectorNetwork):
        let wanted = selectorNetwork ?? network
        let byID = try fetch(
          "SELECT network, native_id FROM account WHERE native_id = ? AND (?2 IS NULL OR network = ?2) ORDER BY network",
          [id, wanted?.rawValue])
        if !byID.isEmpty || selectorNetwork != nil { return byID }
        return try fetch(
          "SELECT network, native_id FROM account WHERE handle = ? COLLATE NOCASE AND (?2 IS NULL OR network = ?2) ORDER BY network, native_id",
          [id, wanted?.rawValue])
      case .handle(let handle):
        return try fetch(
          "SELECT network, native_id FROM account WHERE handle = ? COLLATE NOCASE AND (?2 IS NULL OR network = ?2) ORDER BY network, native_id",
          [handle, network?.rawValue])
      }
    }
    guard let first = matches.first else {
      throw StoreError.accountNotFound(selector: selector.description)
    }
    guard matches.count == 1 else {
      throw StoreError.ambiguousAccount(
        selector: selector.description, candidates: matches.map(\.description))
    }
    return first
  }
}
