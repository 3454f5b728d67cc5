import FollowAnalysis
import FollowModel
import Foundation

/// The HTML report's view of the optional analyses beyond reciprocity, built from a
/// ``ReportInput`` by ``init(_:)``.
///
/// Each is rendered when present; when absent, the HTML report says how to get it.
public struct ReportSections: Equatable, Sendable {
  /// Web famous figures, one per network.
  public var famous: [FamousSection]
  /// Topic focus, one per network.
  public var topics: [TopicSection]
  /// Changes between snapshots, one per owner.
  public var changes: [ChangesSection]
  /// Posts per month, one per owner with posts.
  public var activity: [PostingActivity]
  /// Follow-back forecasts of the export owners.
  public var forecasts: [OwnerForecast] = []

  /// Creates the sections.
  ///
  /// - Parameters:
  ///   - famous: Web famous figures per network.
  ///   - topics: Topic focus per network.
  ///   - changes: Changes per owner.
  ///   - activity: Posting activity per owner.
  public init(
    famous: [FamousSection] = [], topics: [TopicSection] = [], changes: [ChangesSection] = [],
    activity: [PostingActivity] = []
  ) {
    self.famous = famous
    self.topics = topics
    self.changes = changes
    self.activity = activity
  }

  /// The web famous figures of `network`, if any.
  public func famous(in network: Network) -> FamousSection? {
    famous.first { $0.network == network }
  }

  /// The topic focus of `network`, if any.
  public func topics(in network: Network) -> TopicSection? {
    topics.first { $0.network == network }
  }

  /// The changes of `owner`, if any.
  public func changes(of owner: AccountID) -> ChangesSection? {
    changes.first { $0.owner == owner }
  }

  /// The follow-back forecast of `owner`, when the report has one.
  public func forecast(of owner: AccountID) -> OwnerForecast? {
    forecasts.first { $0.owner == owner }
  }

  /// The posting activity of `owner`, if any.
  public func activity(of owner: AccountID) -> PostingActivity? {
    activity.first { $0.owner == owner }
  }
}
