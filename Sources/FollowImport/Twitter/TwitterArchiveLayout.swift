/// Where the files of an X/Twitter archive are inside a zip or folder.
///
/// The archive's files live in `data/` (or the tree is the `data/` folder itself, or the
/// archive has one extra top folder). Files are recognised by name; part files
/// (`tweets-part1.js`) are read after the main file.
struct TwitterArchiveLayout {
  /// The prefix in front of `account.js` and friends: `""`, `data/` or `<top>/data/`.
  let prefix: String
  let account: String?
  let manifest: String?
  let followers: [String]
  let following: [String]
  let tweets: [String]
  let unknown: [String]

  /// Files the parser knows but does not need.
  private static let ignored: Set<String> = ["profile.js"]

  /// Finds the layout among `paths`, or `nil` when they hold no archive.
  init?(paths: [String]) {
    let names = ["account.js", "follower.js", "following.js", "tweets.js", "tweet.js"]
    var prefixes: [String] = []
    for path in paths {
      for name in names where path == name || path.hasSuffix("/" + name) {
        prefixes.append(String(path.dropLast(name.count)))
      }
    }
    // Prefer the shortest prefix that is the tree root, `data/` or ends in `/data/`.
    guard
      let prefix = prefixes.filter({ $0.isEmpty || $0 == "data/" || $0.hasSuffix("/data/") })
        .min(by: { $0.count < $1.count })
    else { return nil }
    self.prefix = prefix
    let local = paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
      .filter { !$0.contains("/") }
    func parts(_ base: String) -> [String] {
      let main = local.contains(base + ".js") ? [base + ".js"] : []
      let numbered = local.filter { $0.hasPrefix(base + "-part") && $0.hasSuffix(".js") }
        .sorted { Self.partNumber($0) < Self.partNumber($1) }
      return main + numbered
    }
    account = local.contains("account.js") ? prefix + "account.js" : nil
    manifest = local.contains("manifest.js") ? prefix + "manifest.js" : nil
    followers = parts("follower").map { prefix + $0 }
    following = parts("following").map { prefix + $0 }
    tweets = (parts("tweets") + parts("tweet")).map { prefix + $0 }
    let known = Set(
      ([account, manifest].compactMap { $0 } + followers + following + tweets).map {
        String($0.dropFirst(prefix.count))
      }
    ).union(Self.ignored)
    unknown = local.filter { $0.hasSuffix(".js") && !known.contains($0) }.map { prefix + $0 }
      .sorted()
  }

  private static func partNumber(_ name: String) -> Int {
    Int(name.split(separator: "-part").last?.dropLast(3) ?? "") ?? Int.max
  }
}
