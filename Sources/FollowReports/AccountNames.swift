import FollowModel

/// Handles and names of accounts in any network, for labelling rows.
public struct AccountNames: Sendable {
  private let byID: [AccountID: Account]

  /// Indexes account records; later duplicates win.
  ///
  /// - Parameter accounts: Account records.
  public init(_ accounts: [Account]) {
    var byID: [AccountID: Account] = [:]
    for account in accounts { byID[account.id] = account }
    self.byID = byID
  }

  /// The handle of `id`, when known.
  ///
  /// - Parameter id: An account.
  /// - Returns: The handle without `@`.
  public func handle(of id: AccountID) -> String? { byID[id]?.handle }

  /// `@handle (network:id)` when the handle is known, else `network:id`.
  ///
  /// - Parameter id: An account.
  /// - Returns: The label.
  public func label(of id: AccountID) -> String { (byID[id] ?? Account(id: id)).label }
}
