/// How one list of a fetch ended.
public enum ListState: String, Sendable, Codable, Equatable {
  /// Every page was read: the list is known.
  case complete
  /// The account hides it (an empty list while its count is positive): unknown, not zero.
  case hidden
  /// It ended early with a warning (a repeated cursor, too many pages, a body over the cap,
  /// JSON not of the schema, the account gone): unknown.
  case incomplete
}

/// One list as the crawl read it.
struct ListOutcome: Sendable {
  /// The pages read, in order (from earlier runs too).
  var pages: [FetchedPage]
  /// How it ended.
  var state: ListState

  /// Every account of every page.
  var accounts: [FetchedAccount] { pages.flatMap(\.accounts) }
  /// Every post of every page.
  var posts: [FetchedPost] { pages.flatMap(\.posts) }
  /// The warnings of its pages.
  var warnings: [FetchWarning] { pages.compactMap(\.warning) }
}
