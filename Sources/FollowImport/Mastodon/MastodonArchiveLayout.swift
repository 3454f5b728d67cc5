/// Where the files of a Mastodon account archive are inside a `.tar.gz` or folder: at the top,
/// or under one folder (an archive unpacked into its own folder).
struct MastodonArchiveLayout {
  /// Files the archive always has that FollowGraph does not read.
  private static let ignored: Set<String> = ["likes.json", "bookmarks.json"]

  let actor: String?
  let outbox: String?
  let following: String?
  /// JSON and CSV files at the archive's top that no parser reads (media is not listed).
  let unknown: [String]

  /// Finds the layout among `paths`; `actor` and `outbox` are `nil` when absent.
  init(paths: [String]) {
    var prefix: String?
    for name in ["actor.json", "outbox.json"] {
      let candidates = paths.filter { $0 == name || $0.hasSuffix("/" + name) }
        .map { String($0.dropLast(name.count)) }
        .filter { $0.isEmpty || $0.dropLast().firstIndex(of: "/") == nil }
      if let shortest = candidates.min(by: { $0.count < $1.count }) {
        prefix = prefix.map { $0.count <= shortest.count ? $0 : shortest } ?? shortest
      }
    }
    guard let prefix else {
      (actor, outbox, following, unknown) = (nil, nil, nil, [])
      return
    }
    let local = Set(
      paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
    actor = local.contains("actor.json") ? prefix + "actor.json" : nil
    outbox = local.contains("outbox.json") ? prefix + "outbox.json" : nil
    following = local.contains("following_accounts.csv") ? prefix + "following_accounts.csv" : nil
    let known = Set(["actor.json", "outbox.json", "following_accounts.csv"]).union(Self.ignored)
    unknown = local.filter { name in
      !name.contains("/") && !known.contains(name)
        && (name.hasSuffix(".json") || name.hasSuffix(".csv"))
    }.map { prefix + $0 }.sorted()
  }

  /// Whether the tree holds a Mastodon archive.
  var isArchive: Bool { actor != nil || outbox != nil }
}
