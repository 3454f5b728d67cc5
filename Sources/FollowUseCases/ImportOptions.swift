import FollowImport
import FollowModel
import Foundation

/// The options of one `followgraph import` run.
public struct ImportOptions: Sendable {
  /// The format name, or `nil` to detect it from the content.
  public var format: String?
  /// The network for formats that carry none.
  public var network: Network
  /// The owner for formats that do not name one.
  public var owner: AccountSelector?
  /// When the exports were taken, overriding what they say.
  public var observedAt: Date?
  /// Caps on sizes.
  public var limits: ImportLimits
  /// Which list API pages hold (`--relation`).
  public var relation: ListRelation? = nil
  /// Whose list API pages hold (`--of`).
  public var listOwner: AccountSelector? = nil

  /// Creates options.
  ///
  /// - Parameters:
  ///   - format: The format name, or `nil` for auto-detection.
  ///   - network: The network for formats that carry none.
  ///   - owner: The owner for formats that do not name one.
  ///   - observedAt: When the exports were taken.
  ///   - limits: Caps on sizes.
  public init(
    format: String? = nil, network: Network = .generic, owner: AccountSelector? = nil,
    observedAt: Date? = nil, limits: ImportLimits = ImportLimits()
  ) {
    self.format = format
    self.network = network
    self.owner = owner
    self.observedAt = observedAt
    self.limits = limits
  }
}
