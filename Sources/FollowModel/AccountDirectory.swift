/// Looks up what is known about accounts of one network by native id.
public struct AccountDirectory: Sendable {
  private let byID: [String: Account]

  /// Indexes `accounts` by native id; later duplicates win.
  ///
  /// - Parameter accounts: Account records.
  public init(_ accounts: [Account]) {
    var byID: [String: Account] = [:]
    byID.reserveCapacity(accounts.count)
    for account in accounts { byID[account.id.value] = account }
    self.byID = byID
  }

  /// The record of the account with native id `id`, when stored.
  ///
  /// - Parameter id: A native id.
  /// - Returns: The account, or `nil`.
  public subscript(id: String) -> Account? { byID[id] }

  /// The handle of `id`, when known.
  ///
  /// - Parameter id: A native id.
  /// - Returns: The handle without `@`.
  public func handle(of id: String) -> String? { byID[id]?.handle }

  /// The number of accounts.
  public var count: Int { byID.count }
}

/// Orders native ids so that numeric ids sort by value and others by text.
public enum NativeIDOrder {
  /// Whether `a` sorts before `b`: canonical numbers by value first, then text.
  ///
  /// - Parameters:
  ///   - a: A native id.
  ///   - b: Another native id.
  /// - Returns: `true` when `a` comes first.
  public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
    let aNumeric = isCanonicalNumber(a)
    let bNumeric = isCanonicalNumber(b)
    switch (aNumeric, bNumeric) {
    case (true, true): return a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
    case (true, false): return true
    case (false, true): return false
    case (false, false): return a < b
    }
  }

  private static func isCanonicalNumber(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first else { return false }
    if first == 0x30 && bytes.count > 1 { return false }
    return bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}
