import FollowModel
import Foundation

/// The Mastodon account archive (Settings → Import and export → Request your archive): the
/// `.tar.gz` Mastodon produces, the unpacked folder, or its `actor.json`/`outbox.json` alone.
///
/// `actor.json` names the owner (`preferredUsername` at the host of its `id`), `outbox.json`
/// holds the owner's posts (`Create`/`Note`) and boosts (`Announce`). The archive has no
/// follow lists; a `following_accounts.csv` placed in the same folder is read as the owner's
/// following list.
public enum MastodonArchiveFormat: ExportFormat {
  public static let name = "mastodon-archive"
  public static let summary =
    "Mastodon account archive (.tar.gz, unpacked folder, or actor.json/outbox.json): owner, "
    + "posts, boosts"

  public static func detect(_ source: ImportSource) -> Bool {
    switch source.kind {
    case .tree(let tree):
      return MastodonArchiveLayout(paths: tree.paths).isArchive
    case .file:
      let head = String(decoding: source.head(16 << 10), as: UTF8.self)
      return head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("{")
        && (MastodonActor.looksLikeActor(head) || MastodonOutbox.looksLikeOutbox(head))
    }
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    switch source.kind {
    case .tree(let tree):
      return try parseTree(
        source, layout: MastodonArchiveLayout(paths: tree.paths), context: context)
    case .file:
      let data = try source.readAll()
      let head = String(decoding: data.prefix(16 << 10), as: UTF8.self)
      if MastodonActor.looksLikeActor(head) {
        let owner = try MastodonActor.account(
          from: data, path: source.path, limits: context.limits)
        return ImportBatch(
          network: .mastodon, format: name,
          owner: ExportOwner(account: owner, listsFollowing: false, listsFollowers: false),
          counts: ImportCounts(records: 1))
      }
      let owner = try ownerFromOptions(source, context: context)
      let outbox = try MastodonOutbox(
        data: data, path: source.path, owner: owner.id, limits: context.limits)
      return try batch(
        owner: owner, outbox: outbox, following: nil, path: source.path, unknown: [],
        limits: context.limits)
    }
  }

  private static func parseTree(
    _ source: ImportSource, layout: MastodonArchiveLayout, context: ParseContext
  ) throws -> ImportBatch {
    guard layout.isArchive else {
      throw ImportError.malformed(
        path: source.path, location: nil,
        reason: "not a Mastodon archive: no actor.json or outbox.json inside")
    }
    func member(_ path: String) -> String { "\(source.path):\(path)" }
    let owner: Account
    if let actor = layout.actor {
      owner = try MastodonActor.account(
        from: source.readMember(actor), path: member(actor), limits: context.limits)
    } else {
      owner = try ownerFromOptions(source, context: context)
    }
    let outbox = try layout.outbox.map { path in
      try MastodonOutbox(
        data: source.readMember(path), path: member(path), owner: owner.id,
        limits: context.limits)
    }
    var following: MastodonFollowingCSV?
    if let path = layout.following {
      let data = try source.readMember(path)
      var reader = MastodonFollowingCSV(
        path: member(path), localDomain: String(owner.id.value.drop { $0 != "@" }.dropFirst()),
        limits: context.limits)
      try data.withUnsafeBytes { try reader.feed($0) }
      following = reader
    }
    return try batch(
      owner: owner, outbox: outbox, following: following, path: source.path,
      unknown: layout.unknown, limits: context.limits)
  }

  private static func batch(
    owner: Account, outbox: MastodonOutbox?, following: MastodonFollowingCSV?, path: String,
    unknown: [String], limits: ImportLimits
  ) throws -> ImportBatch {
    var builder = FollowTableBuilder(network: .mastodon)
    let ownerIndex = builder.index(of: owner.id.value)
    var warnings = outbox?.warnings ?? []
    var records = outbox?.activities ?? 0
    var accounts = outbox?.mentioned ?? [:]
    if var following {
      warnings += try following.finish()
      records += following.rows
      // Each member is within the cap; together they must be too.
      try limits.checkRecords(records, path: path)
      for address in following.addresses {
        builder.add(follower: ownerIndex, followed: builder.index(of: address))
        if accounts[address] == nil {
          accounts[address] = Account(
            id: AccountID(network: .mastodon, value: address),
            handle: MastodonAddress.user(of: address))
        }
      }
    }
    warnings.append(
      ImportWarning(
        location: path,
        message: following == nil
          ? "a Mastodon archive holds no follow lists: import following_accounts.csv for the "
            + "accounts the owner follows"
          : "Mastodon exports no followers list: the owner's followers are unknown"))
    let (table, duplicates) = builder.build()
    return ImportBatch(
      network: .mastodon, format: name, observedAt: dateInArchiveName(path),
      owner: ExportOwner(account: owner, listsFollowing: following != nil, listsFollowers: false),
      follows: table, accounts: accounts.values.sorted { $0.id < $1.id },
      posts: outbox?.posts ?? [],
      counts: ImportCounts(
        records: records, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings, unknownFiles: unknown)
  }

  private static func ownerFromOptions(_ source: ImportSource, context: ParseContext) throws
    -> Account
  {
    guard let address = MastodonAddress.address(of: context.owner) else {
      throw ImportError.ownerRequired(
        path: source.path,
        reason: "the archive has no actor.json, so it does not say whose it is (give "
          + "--owner user@host)")
    }
    return Account(
      id: AccountID(network: .mastodon, value: address), handle: MastodonAddress.user(of: address))
  }

  /// The time in a Mastodon archive name, `archive-20221110123456-<hex>.tar.gz` (UTC).
  ///
  /// - Parameter path: The archive's path.
  /// - Returns: The instant, or `nil` when the name holds none.
  static func dateInArchiveName(_ path: String) -> Date? {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard name.hasPrefix("archive-") else { return nil }
    let digits = Array(name.dropFirst("archive-".count).prefix(14))
    guard digits.count == 14, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
      return nil
    }
    let text = String(digits)
    func part(_ from: Int, _ length: Int) -> String {
      String(text.dropFirst(from).prefix(length))
    }
    return UTCTime.parse(
      "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))Z")
  }
}
