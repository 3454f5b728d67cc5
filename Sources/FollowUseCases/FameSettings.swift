import FollowAnalysis
import Foundation

/// What a network's analysis adds to reciprocity: web-famous evidence and triage, and PageRank
/// when `damping` is set.
public struct FameSettings: Sendable {
  /// The thresholds.
  public var criteria: WebFameCriteria
  /// Accounts web famous by declaration.
  public var whitelist: WebFameWhitelist
  /// The PageRank damping factor, or `nil` to skip PageRank.
  public var damping: Double?
  /// `--inactive-days`: days without a post that make an account inactive.
  public var inactiveDays = InactivityRule.defaultDays
  /// `--as-of`, the date inactivity is counted back from; `nil` for the newest snapshot time
  /// of the network's export owners.
  public var asOf: Date?

  /// Creates settings.
  ///
  /// - Parameters:
  ///   - criteria: The thresholds.
  ///   - whitelist: Accounts web famous by declaration.
  ///   - damping: The PageRank damping factor, or `nil` to skip PageRank.
  public init(criteria: WebFameCriteria, whitelist: WebFameWhitelist, damping: Double?) {
    self.criteria = criteria
    self.whitelist = whitelist
    self.damping = damping
  }

  /// PageRank only, with default thresholds and no whitelist (`followgraph accounts`).
  ///
  /// - Parameter damping: The PageRank damping factor.
  /// - Returns: The settings.
  public static func pageRankOnly(damping: Double) -> FameSettings {
    FameSettings(criteria: WebFameCriteria(), whitelist: .empty, damping: damping)
  }
}
