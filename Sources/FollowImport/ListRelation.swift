import FollowModel

/// Which list of an account an API page holds (`followgraph import --relation`).
public enum ListRelation: String, CaseIterable, Sendable {
  /// The accounts that follow the account.
  case followers
  /// The accounts the account follows.
  case following
}

/// One parsed API page of an account's list.
public struct ListPage: Sendable {
  /// What the page holds; its owner is the account whose list it is, with the list's flag set.
  public var batch: ImportBatch
  /// Whether the page is known to be the list's last (Bluesky: no `cursor`); Mastodon pages
  /// carry no such mark and count as last.
  public var isLastPage: Bool

  /// Creates a page.
  ///
  /// - Parameters:
  ///   - batch: What the page holds.
  ///   - isLastPage: Whether it is the list's last page.
  public init(batch: ImportBatch, isLastPage: Bool) {
    self.batch = batch
    self.isLastPage = isLastPage
  }
}

/// A format whose files are pages of one list, fetched one API call at a time.
///
/// The pages of one list read in the same `import` run are merged into one import, so that
/// the list is recorded whole: saved page by page, each page would replace the one before as
/// the account's newest list. A list none of whose pages is the last is incomplete: its
/// follows are kept, but it is not recorded as the account's list.
public protocol PagedExportFormat: ExportFormat {
  /// Parses one page.
  ///
  /// - Parameters:
  ///   - source: The opened source.
  ///   - context: Options and callbacks.
  /// - Returns: The page.
  /// - Throws: ``ImportError``.
  static func parsePage(_ source: ImportSource, context: ParseContext) throws -> ListPage
}

extension PagedExportFormat {
  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    complete([try parsePage(source, context: context)])
  }

  /// Whether two pages belong to the same list.
  ///
  /// - Parameters:
  ///   - a: A page.
  ///   - b: Another page.
  /// - Returns: `true` when both list the same account's same lists.
  public static func sameList(_ a: ListPage, _ b: ListPage) -> Bool {
    a.batch.owner?.account.id == b.batch.owner?.account.id
      && a.batch.owner?.listsFollowers == b.batch.owner?.listsFollowers
      && a.batch.owner?.listsFollowing == b.batch.owner?.listsFollowing
  }

  /// Merges the pages of one list into one batch; without a last page the list is not
  /// recorded as complete.
  ///
  /// - Parameter pages: The pages, at least one.
  /// - Returns: The batch to save.
  public static func complete(_ pages: [ListPage]) -> ImportBatch {
    var batch = ImportBatch.merging(pages.map(\.batch))
    if let owner = batch.owner, !pages.contains(where: \.isLastPage),
      owner.listsFollowers || owner.listsFollowing
    {
      batch.owner = nil
      batch.warnings.append(
        ImportWarning(
          location: "\(owner.account.id)",
          message: "no page without a cursor (the last page) was given: the list is "
            + "incomplete, so its follows are kept but not recorded as the account's whole list"))
    }
    return batch
  }
}

extension ImportBatch {
  /// The pages of one list merged: follows, accounts and warnings together, counts added.
  ///
  /// - Parameter pages: Parsed pages of one list, in order; at least one.
  /// - Returns: One batch; the first page's owner and date.
  public static func merging(_ pages: [ImportBatch]) -> ImportBatch {
    guard var merged = pages.first, pages.count > 1 else {
      return pages.first ?? ImportBatch(network: .generic, format: "")
    }
    var builder = FollowTableBuilder(network: merged.network)
    var duplicates = 0
    var selfFollows = 0
    var records = 0
    for page in pages {
      let table = page.follows
      for k in 0..<table.count {
        builder.add(
          follower: table.accountIDs[Int(table.followers[k])],
          followed: table.accountIDs[Int(table.followed[k])])
      }
      duplicates += page.counts.duplicateFollows
      selfFollows += page.counts.selfFollows
      records += page.counts.records
    }
    let (table, collapsed) = builder.build()
    merged.follows = table
    merged.accounts = pages.flatMap(\.accounts)
    merged.posts = pages.flatMap(\.posts)
    merged.warnings = pages.flatMap(\.warnings)
    merged.counts = ImportCounts(
      records: records, duplicateFollows: duplicates + collapsed, selfFollows: selfFollows)
    return merged
  }
}
