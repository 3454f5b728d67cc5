import FollowAnalysis
import FollowModel
import FollowReports
import Foundation

extension ReportAssembly {
  /// The headline of every export owner, in the order of the report's networks and owners:
  /// the follow-back answer with the triage of those who do not follow back, the share of
  /// followers followed back, the focus of the owner's posts, the change since the previous
  /// export and the owner's own lists.
  ///
  /// - Parameters:
  ///   - networks: The report's networks (their owners, figures and triage).
  ///   - changes: Each owner's changes between snapshots.
  ///   - topics: Topic focus, when the report has it.
  ///   - store: The store, for the owners' lists.
  /// - Returns: One headline per export owner.
  /// - Throws: The store's error on read failure.
  public static func headlines(
    networks: [NetworkReport], changes: [OwnerChanges], topics: TopicReport?,
    store: any FollowStoring
  ) throws -> [OwnerHeadline] {
    try networks.flatMap(\.owners).map { report in
      let id = report.owner.id
      return headline(
        report, changes: changes.first { $0.owner.id == id }, topics: topics,
        lists: try store.ownerLists(owner: id))
    }
  }

  /// One owner's headline from the figures already computed.
  ///
  /// - Parameters:
  ///   - report: The owner's follow-back figures and triage.
  ///   - changes: The owner's changes between snapshots, when loaded.
  ///   - topics: Topic focus, when the report has it.
  ///   - lists: The owner's other lists (``FollowStoring/ownerLists(owner:)``).
  /// - Returns: The headline.
  public static func headline(
    _ report: OwnerReport, changes: OwnerChanges?, topics: TopicReport?, lists: [OwnerList]
  ) -> OwnerHeadline {
    var headline = followBack(report)
    headline.postFocus = topics.flatMap { postFocus(of: report.owner.id, in: $0.analysis) }
    if let changes {
      headline.snapshots = changes.snapshots
      headline.latestChange = changes.periods.last.map(latestChange)
    }
    headline.lists = lists
    return headline
  }

  /// The follow-back figures and the triage counts of one owner.
  static func followBack(_ report: OwnerReport) -> OwnerHeadline {
    let e = report.etiquette
    let both = e.followingKnown && e.followersKnown
    var headline = OwnerHeadline(
      owner: report.owner, following: e.followingKnown ? e.following : nil,
      followers: e.followersKnown ? e.followers : nil, mutual: both ? e.mutual : nil,
      followBackRate: e.followBackRate, followersFollowedBackRate: e.followersFollowedBackRate)
    if both, let triage = report.triage {
      // Every class the triage knows, kept last: kept accounts are not counted as not
      // following back, so they close the sentence.
      let order = TriageCategory.allCases.filter { $0 != .kept } + [.kept]
      headline.notFollowingBack = order.compactMap { category in
        let count = triage.entries(category).count
        return count > 0 ? OwnerHeadline.CategoryCount(category: category, count: count) : nil
      }
    }
    return headline
  }

  /// The on-theme share (themes given) or the dominant topic's share (discovered) of the
  /// owner's posts; `nil` when the owner has no considered posts.
  static func postFocus(of owner: AccountID, in analysis: TopicAnalysis)
    -> OwnerHeadline.PostFocus?
  {
    guard let account = analysis.accounts.first(where: { $0.account == owner }),
      account.posts > 0
    else { return nil }
    if let share = account.anyThemeShare {
      return OwnerHeadline.PostFocus(
        posts: account.posts, share: share,
        about: analysis.themes.map(\.name).joined(separator: ", "), themed: true)
    }
    guard let focus = account.focus, let dominant = account.dominantTopic else { return nil }
    let label = analysis.topics.first { $0.id == dominant }?.label ?? "topic \(dominant)"
    return OwnerHeadline.PostFocus(posts: account.posts, share: focus, about: label, themed: false)
  }

  /// The counts of one period between snapshots.
  static func latestChange(_ period: SnapshotPeriod) -> OwnerHeadline.LatestChange {
    OwnerHeadline.LatestChange(
      from: period.from, to: period.to, gainedFollowers: period.gainedFollowers?.count,
      lostFollowers: period.lostFollowers?.count, newFollowing: period.newFollowing?.count,
      droppedFollowing: period.droppedFollowing?.count)
  }
}
