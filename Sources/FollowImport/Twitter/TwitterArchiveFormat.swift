import FollowModel
import Foundation

/// The X/Twitter archive, as the `.zip` X delivers or the unzipped folder.
///
/// Reads `account.js` (the owner), `follower.js` and `following.js` (the owner's complete
/// lists), `tweets.js`/`tweet.js` and their `-partN` files (posts) and `manifest.js` (the
/// date the archive was generated). Other `.js` files are listed as unknown, not errors.
public enum TwitterArchiveFormat: ExportFormat {
  public static let name = "twitter-archive"
  public static let summary =
    "X/Twitter archive (.zip or unzipped folder): account, follower, following, tweets"

  public static func detect(_ source: ImportSource) -> Bool {
    TwitterArchiveLayout(paths: source.treePaths) != nil
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    guard let layout = TwitterArchiveLayout(paths: source.treePaths) else {
      throw ImportError.malformed(
        path: source.path, location: nil,
        reason: "not an X/Twitter archive: no data/account.js, follower.js, following.js or "
          + "tweets.js inside")
    }
    func member(_ path: String) -> String { "\(source.path):\(path)" }

    let owner = try readOwner(layout, source: source, context: context)
    var builder = FollowTableBuilder(network: .x)
    let ownerIndex = builder.index(of: owner.id.value)
    var records = 0
    for path in layout.followers {
      let entries = try TwitterJSFile.decode(
        [TwitterFollowerEntry].self, from: source.readMember(path), path: member(path),
        limits: context.limits)
      records += entries.count
      try context.limits.checkRecords(records, path: member(path))
      for entry in entries {
        builder.add(follower: builder.index(of: entry.follower.accountId), followed: ownerIndex)
      }
    }
    for path in layout.following {
      let entries = try TwitterJSFile.decode(
        [TwitterFollowingEntry].self, from: source.readMember(path), path: member(path),
        limits: context.limits)
      records += entries.count
      try context.limits.checkRecords(records, path: member(path))
      for entry in entries {
        builder.add(follower: ownerIndex, followed: builder.index(of: entry.following.accountId))
      }
    }
    var tweets = TwitterTweetReader(owner: owner.id)
    for path in layout.tweets {
      let entries = try TwitterJSFile.decode(
        [TwitterTweetEntry].self, from: source.readMember(path), path: member(path),
        limits: context.limits)
      records += entries.count
      try context.limits.checkRecords(records, path: member(path))
      for (index, entry) in entries.enumerated() {
        try tweets.add(entry.tweet, location: (member(path), index + 1))
      }
    }
    var observedAt: Date?
    if let path = layout.manifest {
      let manifest = try TwitterJSFile.decode(
        TwitterManifest.self, from: source.readMember(path), path: member(path),
        limits: context.limits)
      observedAt = manifest.archiveInfo?.generationDate.flatMap(UTCTime.parse)
    }
    if observedAt == nil { observedAt = dateInFileName(source.path) }

    let (table, duplicates) = builder.build()
    var warnings = tweets.warnings
    if layout.followers.isEmpty {
      warnings.append(
        ImportWarning(
          location: source.path,
          message: "no follower.js: the owner's followers are unknown"))
    }
    if layout.following.isEmpty {
      warnings.append(
        ImportWarning(
          location: source.path,
          message: "no following.js: the accounts the owner follows are unknown"))
    }
    return ImportBatch(
      network: .x, format: name, observedAt: observedAt,
      owner: ExportOwner(
        account: owner, listsFollowing: !layout.following.isEmpty,
        listsFollowers: !layout.followers.isEmpty),
      follows: table, accounts: tweets.mentionedAccounts(excluding: owner.id), posts: tweets.posts,
      counts: ImportCounts(
        records: records, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings, unknownFiles: layout.unknown)
  }

  /// The owner from `account.js`, or from `--owner` when the archive lacks the file.
  private static func readOwner(
    _ layout: TwitterArchiveLayout, source: ImportSource, context: ParseContext
  ) throws -> Account {
    guard let path = layout.account else {
      guard case .id(let id, let network)? = context.owner, network == nil || network == .x,
        id.allSatisfy(\.isNumber)
      else {
        throw ImportError.ownerRequired(
          path: source.path,
          reason: "the archive has no data/account.js, so it does not say whose it is "
            + "(give the numeric account id, e.g. --owner x:12345)")
      }
      return Account(id: AccountID(network: .x, value: id))
    }
    let display = "\(source.path):\(path)"
    let entries = try TwitterJSFile.decode(
      [TwitterAccountEntry].self, from: source.readMember(path), path: display,
      limits: context.limits)
    guard let entry = entries.first?.account, !entry.accountId.isEmpty else {
      throw ImportError.malformed(
        path: display, location: nil, reason: "no account entry with an accountId")
    }
    return Account(
      id: AccountID(network: .x, value: entry.accountId), handle: entry.username,
      displayName: entry.accountDisplayName, createdAt: entry.createdAt.flatMap(UTCTime.parse))
  }

  /// The date in an archive file name such as `twitter-2024-01-01-abc123.zip`.
  ///
  /// - Parameter path: The archive's path.
  /// - Returns: Midnight UTC of the first `YYYY-MM-DD` in the file name, or `nil`.
  public static func dateInFileName(_ path: String) -> Date? {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let bytes = Array(name.utf8)
    guard bytes.count >= 10 else { return nil }
    for start in 0...(bytes.count - 10) {
      let candidate = String(decoding: bytes[start..<start + 10], as: UTF8.self)
      if let date = UTCTime.parse(candidate), candidate.count == 10 { return date }
    }
    return nil
  }
}
