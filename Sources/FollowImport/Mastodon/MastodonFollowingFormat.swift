import FollowModel
import Foundation

/// Mastodon's follow export, `following_accounts.csv` (Settings → Import and export → Follows).
///
/// The file lists everyone the owner follows but does not say who the owner is: the owner
/// comes from `--owner user@host`, or from an `actor.json` imported alongside (a Mastodon
/// archive or `actor.json` given in the same run, or an `actor.json` in the CSV's folder).
/// Mastodon has no followers export, so the owner's followers stay unknown.
public enum MastodonFollowingFormat: ExportFormat {
  public static let name = "mastodon-following"
  public static let summary =
    "Mastodon following_accounts.csv (owner from --owner user@host or an actor.json alongside)"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind else { return false }
    return MastodonFollowingCSV.hasHeader(source.head(4096))
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    let (owner, ownerSource) = try findOwner(source, context: context)
    let ownerHost = String(owner.id.value.drop { $0 != "@" }.dropFirst())
    var reader = MastodonFollowingCSV(
      path: source.path, localDomain: ownerHost, limits: context.limits)
    let total = source.fileSize ?? 0
    try source.streamChunks(chunkSize: context.chunkSize) { chunk, done in
      try reader.feed(chunk)
      context.progress?(done, total)
    }
    var warnings = try reader.finish()
    var builder = FollowTableBuilder(network: .mastodon)
    let ownerIndex = builder.index(of: owner.id.value)
    var accounts: [String: Account] = [:]
    for address in reader.addresses {
      builder.add(follower: ownerIndex, followed: builder.index(of: address))
      accounts[address] = Account(
        id: AccountID(network: .mastodon, value: address), handle: MastodonAddress.user(of: address)
      )
    }
    let (table, duplicates) = builder.build()
    if let ownerSource {
      warnings.append(
        ImportWarning(location: source.path, message: "owner taken from \(ownerSource)"))
    }
    warnings.append(
      ImportWarning(
        location: source.path,
        message: "Mastodon exports no followers list: the owner's followers are unknown "
          + "(import API pages with --relation followers for them)"))
    return ImportBatch(
      network: .mastodon, format: name,
      owner: ExportOwner(account: owner, listsFollowing: true, listsFollowers: false),
      follows: table, accounts: accounts.values.sorted { $0.id < $1.id },
      counts: ImportCounts(
        records: reader.rows, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings)
  }

  /// The owner from `--owner`, else from an `actor.json` given alongside; also says where an
  /// `actor.json` owner came from.
  static func findOwner(_ source: ImportSource, context: ParseContext) throws
    -> (Account, String?)
  {
    if let selector = context.owner {
      guard let address = MastodonAddress.address(of: selector) else {
        throw ImportError.ownerRequired(
          path: source.path,
          reason: "'\(selector)' is not a Mastodon address; give it as user@host")
      }
      return (
        Account(
          id: AccountID(network: .mastodon, value: address),
          handle: MastodonAddress.user(of: address)), nil
      )
    }
    // Only the actor.json beside the CSV, never a listing of its (possibly large) folder.
    let beside = URL(fileURLWithPath: source.path).deletingLastPathComponent()
      .appendingPathComponent("actor.json").path
    let candidates = context.companions + [beside]
    for candidate in candidates {
      if let found = try actor(in: candidate, limits: context.limits) { return found }
    }
    throw ImportError.ownerRequired(
      path: source.path,
      reason: "a Mastodon following export does not say whose it is (no actor.json was "
        + "imported alongside or found in its folder)")
  }

  /// The actor in `path` when it is an `actor.json` file, or a folder or archive holding one
  /// at its top or one folder down.
  private static func actor(in path: String, limits: ImportLimits) throws -> (Account, String)? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let companion = try ImportSource(path: path, limits: limits)
    switch companion.kind {
    case .file:
      guard URL(fileURLWithPath: path).lastPathComponent == "actor.json" else { return nil }
      return (
        try MastodonActor.account(from: companion.readAll(), path: path, limits: limits), path
      )
    case .tree(let tree):
      guard let member = MastodonArchiveLayout(paths: tree.paths).actor else { return nil }
      let display = "\(path):\(member)"
      let data = try companion.readMember(member)
      return (try MastodonActor.account(from: data, path: display, limits: limits), display)
    }
  }
}
