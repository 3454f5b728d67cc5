import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// Mastodon's files, each fed the input explicitly.
  ///
  /// - one member of an account archive (`actor.json`, `outbox.json` or
  ///   `following_accounts.csv`, chosen by the input's content) beside valid other members;
  /// - `following_accounts.csv` on its own with `--owner`, in one chunk and in chunks of 7 to
  ///   63 bytes, which must agree exactly;
  /// - API Account JSON, as a followers or following page of `--of` or as plain accounts.
  public static let mastodon = FuzzTarget(name: "fuzz-mastodon") { data in
    let limits = FuzzLimits.small
    let member = mastodonMember(for: data)
    var files = mastodonArchive.mapValues { Data($0.utf8) }
    files[member] = data
    let archive = ImportSource(
      path: "archive.tar.gz", tree: MemoryTree(files: files), limits: limits)
    _ = try FuzzOutcome.of(limits: limits) {
      try MastodonArchiveFormat.parse(
        archive, context: ParseContext(owner: mastodonOwner, limits: limits))
    }

    try ScratchFile.with(data, name: "following_accounts.csv") { path in
      try FuzzOutcome.expectChunkingAgrees(
        inputLength: data.count, limits: limits, "following CSV"
      ) { chunkSize in
        try MastodonFollowingFormat.parse(
          try ImportSource(path: path, limits: limits),
          context: ParseContext(owner: mastodonOwner, limits: limits, chunkSize: chunkSize))
      }
    }

    try ScratchFile.with(data, name: "accounts.json") { path in
      var context = ParseContext(limits: limits)
      context.relation = [nil, .followers, .following][data.count % 3]
      context.listOwner = .id("owner@example.social", network: .mastodon)
      _ = try FuzzOutcome.of(limits: limits) {
        try MastodonAPIFormat.parse(try ImportSource(path: path, limits: limits), context: context)
      }
    }
  }

  /// A small valid archive; the input replaces one of its members.
  ///
  /// Kept as text, not `Data`: LeakSanitizer does not see the references a global
  /// dictionary of `Data` holds (Swift packs the enum case into the pointer's spare bits) and
  /// reported their storage as leaked.
  static let mastodonArchive: [String: String] = [
    "actor.json": """
    {"@context": "https://www.w3.org/ns/activitystreams", "type": "Person",
     "id": "https://example.social/users/me", "preferredUsername": "me"}
    """,
    "outbox.json": """
    {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
     "orderedItems": [{"type": "Announce", "id": "https://example.social/a/1",
      "published": "2024-01-02T03:04:05Z", "object": "https://x.example/p/1"}]}
    """,
    "following_accounts.csv": "Account address,Show boosts\nfriend@example.org,true\n",
  ]

  /// The member of the archive the input plays: the one its content looks like, else one
  /// chosen by its length.
  private static func mastodonMember(for data: Data) -> String {
    let head = String(decoding: data.prefix(4096), as: UTF8.self)
    if head.contains("preferredUsername") { return "actor.json" }
    if head.contains("OrderedCollection") || head.contains("orderedItems") { return "outbox.json" }
    if head.lowercased().contains("account address") { return "following_accounts.csv" }
    let members = mastodonArchive.keys.sorted()
    return members[data.count % members.count]
  }
}
