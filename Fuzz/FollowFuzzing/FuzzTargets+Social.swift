import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// One file of Instagram's data download (a followers or following list, an owner's list,
  /// `personal_information`, a Threads list; JSON, or HTML when the input starts with `<`),
  /// chosen by the input's length, beside valid other files, parsed as `instagram` and as
  /// `threads`; then the input alone as a list file with `--owner`.
  ///
  /// Beyond the shared checks: every follow has the owner at one end, and no account is on
  /// one of the owner's lists twice.
  public static let instagram = FuzzTarget(name: "fuzz-instagram") { data in
    let limits = FuzzLimits.small
    let isHTML = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == 0x3C
    let names = instagramMembers.keys.sorted()
    var member = names[data.count % names.count]
    if isHTML { member = member.replacingOccurrences(of: ".json", with: ".html") }
    var files = instagramMembers.mapValues { Data($0.utf8) }
    files[member] = data
    let export = ImportSource(
      path: "instagram-export.zip", tree: MemoryTree(files: files), limits: limits)
    let owner = AccountSelector.handle("fuzz.owner")
    for format in [InstagramFormat.self, ThreadsFormat.self] as [any ExportFormat.Type] {
      let result = try FuzzChecks.outcome {
        try format.parse(export, context: ParseContext(owner: owner, limits: limits))
      }
      if case .success(let batch) = result {
        try FuzzChecks.checkBatch(batch, limits: limits)
        try checkOwnerAtOneEnd(batch)
        for list in batch.ownerLists
        where Set(list.entries.map(\.nativeID)).count != list.entries.count {
          throw FuzzViolation("an account is twice on the owner's \(list.kind.rawValue) list")
        }
      }
    }
    try ScratchFile.with(data, name: isHTML ? "following.html" : "followers_1.json") { path in
      _ = try FuzzOutcome.of(limits: limits) {
        try InstagramFormat.parse(
          try ImportSource(path: path, limits: limits),
          context: ParseContext(owner: owner, limits: limits))
      }
    }
  }

  /// LinkedIn's `Connections.csv` with `--owner`, read in one chunk and in chunks of 7 to 63
  /// bytes, which must agree exactly; every connection must be stored in both directions.
  public static let linkedin = FuzzTarget(name: "fuzz-linkedin") { data in
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: "Connections.csv") { path in
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      try FuzzOutcome.expectChunkingAgrees(
        inputLength: data.count, limits: limits, "linkedin-connections"
      ) { chunkSize in
        let batch = try LinkedInConnectionsFormat.parse(
          try ImportSource(path: path, limits: limits),
          context: ParseContext(owner: .handle("fuzz-owner"), limits: limits, chunkSize: chunkSize))
        let follows = Set(batch.follows.follows)
        for follow in follows
        where !follows.contains(Follow(follower: follow.followed, followed: follow.follower)) {
          throw FuzzViolation("connection \(follow) is stored in one direction only")
        }
        return batch
      }
    }
  }

  /// An X follow list (twitter-web-exporter JSON or CSV, API v2 page or JSONL of pages),
  /// detected, then parsed as followers, as following and without a relation (by the input's
  /// length) with `--owner x:42`; every follow has the owner at one end.
  public static let xFollowList = FuzzTarget(name: "fuzz-x-follow-list") { data in
    let limits = FuzzLimits.small
    let name = ["list.json", "list.csv", "pages.jsonl"][data.count % 3]
    try ScratchFile.with(data, name: name) { path in
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      var context = ParseContext(owner: .id("42", network: .x), limits: limits)
      context.relation = [nil, .followers, .following][(data.count / 3) % 3]
      let result = try FuzzChecks.outcome {
        try XFollowListFormat.parse(try ImportSource(path: path, limits: limits), context: context)
      }
      if case .success(let batch) = result {
        try FuzzChecks.checkBatch(batch, limits: limits)
        try checkOwnerAtOneEnd(batch)
      }
    }
  }

  /// Throws when a follow of an owner's export does not involve the owner.
  static func checkOwnerAtOneEnd(_ batch: ImportBatch) throws {
    guard let owner = batch.owner?.account.id else { return }
    for follow in batch.follows.follows where follow.follower != owner && follow.followed != owner {
      throw FuzzViolation("follow \(follow) does not involve the owner \(owner)")
    }
  }

  /// A small valid download; the input replaces one of its files.
  ///
  /// Kept as text, as ``mastodonArchive`` is.
  static let instagramMembers: [String: String] = [
    "connections/followers_and_following/followers_1.json": """
    [{"title": "", "media_list_data": [], "string_list_data": [{"href":
      "https://www.instagram.com/ada", "value": "ada", "timestamp": 1733433674}]}]
    """,
    "connections/followers_and_following/following.json": """
    {"relationships_following": [{"title": "ada", "string_list_data": [{"href":
      "https://www.instagram.com/_u/ada", "timestamp": 1776177738}]}]}
    """,
    "connections/followers_and_following/blocked_profiles.json": """
    {"timestamp": 1751439108, "media": [], "label_values": [{"label": "Username",
      "value": "spam"}], "fbid": "1"}
    """,
    "personal_information/personal_information/personal_information.json": """
    {"profile_user": [{"string_map_data": {"Username": {"href": "", "value": "Fuzz.Owner",
      "timestamp": 0}}}]}
    """,
    "your_instagram_activity/threads/followers.json": """
    {"text_post_app_text_post_app_followers": [{"title": "", "string_list_data": [{"href":
      "https://www.threads.net/@ada", "value": "ada", "timestamp": 1740000000}]}]}
    """,
  ]
}
