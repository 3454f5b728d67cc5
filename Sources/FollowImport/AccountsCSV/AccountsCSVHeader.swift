/// Recognises the columns of an accounts CSV header.
///
/// Names are compared lower-cased and trimmed, with a `public_metrics.` prefix removed
/// (twarc-csv writes `public_metrics.followers_count`) and camelCase folded (`followersCount`
/// reads as `followerscount`).
struct AccountsCSVHeader: Equatable {
  /// The fields an accounts CSV can fill.
  enum Field: String, CaseIterable {
    case id, handle, displayName, followers, following, posts, listed, verified, bot, createdAt
  }

  /// Accepted column names per field.
  static let names: [Field: Set<String>] = [
    .id: ["id", "id_str", "user_id", "account_id", "accountid", "native_id", "did"],
    .handle: ["username", "handle", "screen_name", "acct"],
    .displayName: ["name", "display_name", "displayname"],
    .followers: ["followers_count", "followerscount", "followers"],
    .following: [
      "following_count", "followingcount", "friends_count", "follows_count", "followscount",
      "following",
    ],
    .posts: [
      "posts_count", "postscount", "statuses_count", "tweet_count", "tweets_count", "tweets",
      "posts",
    ],
    .listed: ["listed_count", "listedcount"],
    .verified: ["verified", "is_verified"],
    .bot: ["bot", "is_bot"],
    .createdAt: ["created_at", "createdat"],
  ]

  /// The accepted names, for messages and help.
  static let accepted =
    "id (or username/handle), followers_count, following_count, posts_count/statuses_count/"
    + "tweet_count, listed_count, verified, bot, name, created_at"

  /// The column index of each recognised field.
  let columns: [Field: Int]
  /// Columns no field uses, as written.
  let ignored: [String]
  /// The number of columns.
  let width: Int

  /// Reads a header row; `nil` when it names neither an id nor a handle column, or names
  /// nothing but the key.
  init?(_ header: [String]) {
    var columns: [Field: Int] = [:]
    var ignored: [String] = []
    for (index, raw) in header.enumerated() {
      let name = Self.normalise(raw)
      if let field = Field.allCases.first(where: { Self.names[$0]?.contains(name) == true }),
        columns[field] == nil
      {
        columns[field] = index
      } else {
        ignored.append(raw)
      }
    }
    guard columns[.id] != nil || columns[.handle] != nil else { return nil }
    guard columns.keys.contains(where: { $0 != .id }) else { return nil }
    self.columns = columns
    self.ignored = ignored
    width = header.count
  }

  /// Whether the header carries at least one audience count, which auto-detection requires.
  var hasCounts: Bool {
    [.followers, .following, .posts, .listed].contains { columns[$0] != nil }
  }

  static func normalise(_ name: String) -> String {
    var text = name.trimmingASCIISpaces().lowercased()
    for prefix in ["public_metrics.", "author."] where text.hasPrefix(prefix) {
      text.removeFirst(prefix.count)
    }
    return text
  }
}
