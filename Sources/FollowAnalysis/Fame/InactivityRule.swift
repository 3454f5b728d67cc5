import Foundation

/// When an account counts as inactive: its last post is older than ``days`` days before the
/// reference date.
///
/// The reference date is `--as-of` where a command has it, else the newest snapshot time of the
/// network's export owners (when an account was last seen by a fetch or an export); without
/// either, nothing is called inactive. An account whose last post is unknown is never inactive.
public struct InactivityRule: Equatable, Sendable {
  /// The default of `--inactive-days`.
  public static let defaultDays = 90

  /// Days without a post that make an account inactive.
  public var days: Int
  /// The date the days are counted back from, or `nil` when none is known.
  public var referenceDate: Date?

  /// Creates a rule.
  ///
  /// - Parameters:
  ///   - days: Days without a post that make an account inactive.
  ///   - referenceDate: The date counted back from, or `nil`.
  public init(days: Int = InactivityRule.defaultDays, referenceDate: Date?) {
    self.days = days
    self.referenceDate = referenceDate
  }

  /// The earliest last post that is still active: the reference date minus ``days``.
  public var cutoff: Date? {
    referenceDate.map { $0.addingTimeInterval(-Double(days) * 86_400) }
  }

  /// Whether an account that last posted at `lastPostAt` is inactive.
  ///
  /// - Parameter lastPostAt: The account's last post, when known.
  /// - Returns: `nil` when the last post or the reference date is unknown.
  public func isInactive(lastPostAt: Date?) -> Bool? {
    guard let lastPostAt, let cutoff else { return nil }
    return lastPostAt < cutoff
  }
}
