import FollowAnalysis
import FollowModel
import Foundation

/// The web-famous figures of one network, for the HTML report: every account's audience and
/// ratio, the thresholds, and per owner the follow-back rate without web famous accounts and
/// the triage of non-reciprocators.
///
/// Filled by the web-famous analysis (`followgraph famous`); the report renders it when present
/// and says how to get it otherwise.
public struct FamousSection: Equatable, Sendable {
  /// One account's audience figures.
  public struct Entry: Equatable, Sendable {
    /// The account.
    public var account: Account
    /// Its audience (followers), when known.
    public var audience: Int?
    /// Where ``audience`` comes from.
    public var audienceSource: AudienceSource?
    /// Accounts it follows, when known.
    public var following: Int?
    /// audience / max(following, 1).
    public var ratio: Double?
    /// Audience percentile among the network's accounts, 0–100.
    public var percentile: Double?
    /// Whether the account is web famous.
    public var webFamous: Bool

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - account: The account.
    ///   - audience: Its audience.
    ///   - audienceSource: Where the audience comes from.
    ///   - following: Accounts it follows.
    ///   - ratio: audience / max(following, 1).
    ///   - percentile: Audience percentile, 0–100.
    ///   - webFamous: Whether it is web famous.
    public init(
      account: Account, audience: Int?, audienceSource: AudienceSource?, following: Int?,
      ratio: Double?, percentile: Double?, webFamous: Bool
    ) {
      self.account = account
      self.audience = audience
      self.audienceSource = audienceSource
      self.following = following
      self.ratio = ratio
      self.percentile = percentile
      self.webFamous = webFamous
    }
  }

  /// One owner's figures without web famous accounts (the rate over all followings is the
  /// owner report's own).
  public struct OwnerFigures: Equatable, Sendable {
    /// The owner.
    public var owner: AccountID
    /// mutual / following with web famous followings left out, as `FollowBackTriage`
    /// computed it.
    public var followBackRateExcludingFamous: Double?
    /// The owner's non-reciprocators, each with its triage class.
    public var nonReciprocators: [(entry: Entry, triage: TriageCategory)]

    /// Creates the figures.
    ///
    /// - Parameters:
    ///   - owner: The owner.
    ///   - followBackRateExcludingFamous: The rate without web famous followings.
    ///   - nonReciprocators: Triaged non-reciprocators.
    public init(
      owner: AccountID, followBackRateExcludingFamous: Double?,
      nonReciprocators: [(entry: Entry, triage: TriageCategory)]
    ) {
      self.owner = owner
      self.followBackRateExcludingFamous = followBackRateExcludingFamous
      self.nonReciprocators = nonReciprocators
    }

    public static func == (lhs: OwnerFigures, rhs: OwnerFigures) -> Bool {
      lhs.owner == rhs.owner
        && lhs.followBackRateExcludingFamous == rhs.followBackRateExcludingFamous
        && lhs.nonReciprocators.map(\.entry) == rhs.nonReciprocators.map(\.entry)
        && lhs.nonReciprocators.map(\.triage) == rhs.nonReciprocators.map(\.triage)
    }
  }

  /// The network.
  public var network: Network
  /// The audience percentile threshold (`--min-percentile`).
  public var minPercentile: Double
  /// The audience/following ratio threshold (`--min-ratio`).
  public var minRatio: Double
  /// The audience at the percentile threshold, drawn as a line on the scatter plot.
  public var audienceThreshold: Double?
  /// How many accounts the whitelist made web famous.
  public var whitelisted: Int
  /// Every account with audience figures, for the scatter plot.
  public var accounts: [Entry]
  /// Per export owner.
  public var owners: [OwnerFigures]

  /// Creates the section.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - minPercentile: The percentile threshold.
  ///   - minRatio: The ratio threshold.
  ///   - audienceThreshold: The audience at the percentile threshold.
  ///   - whitelisted: Accounts made famous by the whitelist.
  ///   - accounts: Every account with audience figures.
  ///   - owners: Per-owner figures.
  public init(
    network: Network, minPercentile: Double, minRatio: Double, audienceThreshold: Double?,
    whitelisted: Int = 0, accounts: [Entry], owners: [OwnerFigures]
  ) {
    self.network = network
    self.minPercentile = minPercentile
    self.minRatio = minRatio
    self.audienceThreshold = audienceThreshold
    self.whitelisted = whitelisted
    self.accounts = accounts
    self.owners = owners
  }
}
