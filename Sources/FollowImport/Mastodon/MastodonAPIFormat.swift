import FollowModel
import Foundation

/// Mastodon API JSON: arrays of Account entities as `/api/v1/accounts/:id/followers` and
/// `/following` return them, or single Account objects (`/api/v1/accounts/:id`).
///
/// Every account is stored with its counts, `bot` flag and `last_status_at`. With
/// `--relation followers|following --of user@host` the accounts are that account's followers
/// or followings; all pages of one list must be given in one run (the API paginates with a
/// `Link` header the saved body does not keep).
public enum MastodonAPIFormat: PagedExportFormat {
  public static let name = "mastodon-api"
  public static let summary =
    "Mastodon API Account JSON (arrays or single objects); lists with --relation and --of"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind else { return false }
    let head = String(decoding: source.head(16 << 10), as: UTF8.self)
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return (start.hasPrefix("[") || start.hasPrefix("{")) && head.contains("\"acct\"")
      && head.contains("\"username\"")
  }

  public static func parsePage(_ source: ImportSource, context: ParseContext) throws -> ListPage {
    let data = try source.readAll()
    let start = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    let entities: [MastodonAPIAccount]
    let limits = context.limits
    if start == UInt8(ascii: "[") {
      entities = try JSONDocument.decode(
        [MastodonAPIAccount].self, from: data, path: source.path, limits: limits)
    } else {
      entities = [
        try JSONDocument.decode(
          MastodonAPIAccount.self, from: data, path: source.path, limits: limits)
      ]
    }
    guard entities.count <= context.limits.maxRecords else {
      throw ImportError.limitExceeded(
        path: source.path, limit: "record limit",
        value: "\(entities.count) accounts > \(context.limits.maxRecords)", option: "--max-records")
    }
    var accounts: [Account] = []
    var skipped: [String] = []
    for (index, entity) in entities.enumerated() {
      guard let account = entity.account() else {
        skipped.append("record \(index + 1) ('\(entity.acct)')")
        continue
      }
      accounts.append(account)
    }
    var warnings: [ImportWarning] = []
    if !skipped.isEmpty {
      warnings.append(
        ImportWarning(
          location: source.path,
          message: "\(skipped.count) accounts without a server domain (no '@' in acct and no "
            + "uri or url) were skipped: \(skipped.prefix(3).joined(separator: ", "))"))
    }
    var builder = FollowTableBuilder(network: .mastodon)
    var owner: ExportOwner?
    if let relation = context.relation {
      guard let address = MastodonAddress.address(of: context.listOwner) else {
        throw ImportError.ownerRequired(
          path: source.path,
          reason: "--relation \(relation.rawValue) needs --of user@host: whose list the page is")
      }
      let ownerIndex = builder.index(of: address)
      for account in accounts {
        let other = builder.index(of: account.id.value)
        switch relation {
        case .followers: builder.add(follower: other, followed: ownerIndex)
        case .following: builder.add(follower: ownerIndex, followed: other)
        }
      }
      owner = ExportOwner(
        account: Account(
          id: AccountID(network: .mastodon, value: address),
          handle: MastodonAddress.user(of: address)),
        listsFollowing: relation == .following, listsFollowers: relation == .followers)
    }
    let (table, duplicates) = builder.build()
    let batch = ImportBatch(
      network: .mastodon, format: name, owner: owner, follows: table, accounts: accounts,
      counts: ImportCounts(
        records: entities.count, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings)
    return ListPage(batch: batch, isLastPage: true)
  }
}

/// The fields of a Mastodon API Account entity FollowGraph keeps.
struct MastodonAPIAccount: Decodable {
  let username: String?
  let acct: String
  let display_name: String?
  let url: String?
  let uri: String?
  let followers_count: Int?
  let following_count: Int?
  let statuses_count: Int?
  let bot: Bool?
  let created_at: String?
  let last_status_at: String?

  /// The account, keyed `user@host`.
  ///
  /// Remote accounts take `acct`; local ones (no host in `acct`) take the host of `uri`, else
  /// of `url`. Hidden counts (negative) are unknown.
  func account() -> Account? {
    let host = (uri ?? url).flatMap(MastodonAddress.host(ofURL:))
    guard let address = MastodonAddress.canonical(acct, localDomain: host) else { return nil }
    func count(_ value: Int?) -> Int? { value.flatMap { $0 >= 0 ? $0 : nil } }
    return Account(
      id: AccountID(network: .mastodon, value: address),
      handle: username ?? MastodonAddress.user(of: address),
      displayName: display_name.flatMap { $0.isEmpty ? nil : $0 },
      followersCount: count(followers_count), followingCount: count(following_count),
      postsCount: count(statuses_count), isBot: bot,
      createdAt: created_at.flatMap(UTCTime.parse),
      lastPostAt: last_status_at.flatMap(UTCTime.parse))
  }
}
