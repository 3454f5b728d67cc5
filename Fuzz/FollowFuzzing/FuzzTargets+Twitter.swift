import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// One X/Twitter archive `.js` file inside an otherwise valid archive.
  ///
  /// The member the input plays is read from its own `window.YTD.<name>.` prefix (so real
  /// seeds land where they belong), else chosen by the input's length. The archive is an
  /// in-memory tree with a valid `data/account.js` beside it.
  public static let twitterJS = FuzzTarget(name: "fuzz-twitter-js") { data in
    let member = twitterMember(for: data)
    var files = ["data/" + member: data]
    if member != "account.js" {
      files["data/account.js"] = Data(
        #"window.YTD.account.part0 = [{"account": {"accountId": "1", "username": "me"}}]"#.utf8)
    }
    let limits = FuzzLimits.small
    let source = ImportSource(path: "fuzz.zip", tree: MemoryTree(files: files), limits: limits)
    let result = try FuzzChecks.outcome {
      try TwitterArchiveFormat.parse(source, context: ParseContext(limits: limits))
    }
    if case .success(let batch) = result { try FuzzChecks.checkBatch(batch, limits: limits) }
  }

  /// The archive member names the Twitter target feeds.
  static let twitterMembers = [
    "account.js", "follower.js", "following.js", "tweets.js", "tweet.js", "manifest.js",
    "following-part1.js", "tweets-part2.js",
  ]

  private static func twitterMember(for data: Data) -> String {
    let head = String(decoding: data.prefix(64), as: UTF8.self)
    if head.hasPrefix("window.__THAR_CONFIG") { return "manifest.js" }
    if head.hasPrefix("window.YTD.") {
      let name = head.dropFirst("window.YTD.".count).prefix { $0 != "." }
      if twitterMembers.contains(name + ".js") { return name + ".js" }
    }
    return twitterMembers[data.count % twitterMembers.count]
  }
}
