import FollowAnalysis
import FollowModel

/// One export owner's follow-back forecast, as the report shows it: the accounts the owner
/// follows that do not follow back yet, most likely to follow back first.
public struct OwnerForecast: Equatable, Sendable {
  /// The owner.
  public var owner: AccountID
  /// The candidates, highest probability first, with their reasons.
  public var candidates: [FollowBackCandidate]

  /// Creates a forecast.
  public init(owner: AccountID, candidates: [FollowBackCandidate]) {
    self.owner = owner
    self.candidates = candidates
  }
}
