import FollowModel
import Foundation

extension XFollowListFormat {
  /// Builds the page's batch: the users as accounts and, with a relation and an owner, as the
  /// owner's followers or followings.
  static func page(
    users: [(location: String, user: XListUser)], isLast: Bool, source: ImportSource,
    context: ParseContext
  ) throws -> ListPage {
    try context.limits.checkRecords(users.count, path: source.path)
    let relation = context.relation ?? relationInName(source.path)
    let owner = try ownerID(context.listOwner ?? context.owner, path: source.path)
    var warnings: [ImportWarning] = []
    var accounts: [String: Account] = [:]
    var order: [String] = []
    var skipped: [String] = []
    for (location, user) in users {
      guard let id = user.numericID else {
        skipped.append(location)
        continue
      }
      if accounts[id] == nil { order.append(id) }
      accounts[id] = user.account(id: id)
    }
    if !skipped.isEmpty {
      warnings.append(
        ImportWarning(
          location: source.path,
          message: "\(skipped.count) users without a numeric id were skipped: "
            + skipped.prefix(3).joined(separator: ", ")))
    }
    var builder = FollowTableBuilder(network: .x)
    var exportOwner: ExportOwner?
    switch (relation, owner) {
    case (let relation?, let owner?):
      let ownerIndex = builder.index(of: owner)
      for id in order {
        let other = builder.index(of: id)
        if relation == .followers {
          builder.add(follower: other, followed: ownerIndex)
        } else {
          builder.add(follower: ownerIndex, followed: other)
        }
      }
      exportOwner = ExportOwner(
        account: Account(id: AccountID(network: .x, value: owner)),
        listsFollowing: relation == .following, listsFollowers: relation == .followers)
    case (_?, nil):
      throw ImportError.ownerRequired(
        path: source.path,
        reason: "the list does not say whose it is (give the owner's numeric id as x:ID)")
    case (nil, _):
      warnings.append(
        ImportWarning(
          location: source.path,
          message: "no --relation followers|following (and the file name does not say): "
            + "only the accounts and their counts were imported, no follows"))
    }
    let (table, duplicates) = builder.build()
    let batch = ImportBatch(
      network: .x, format: name, owner: exportOwner, follows: table,
      accounts: order.compactMap { accounts[$0] },
      counts: ImportCounts(
        records: users.count, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings)
    return ListPage(batch: batch, isLastPage: isLast)
  }

  /// `followers` or `following` when the file's name says so (twitter-web-exporter names its
  /// files `twitter-Followers-….json`, `twitter-Following-….csv`).
  static func relationInName(_ path: String) -> ListRelation? {
    let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
    if name.contains("followers") { return .followers }
    if name.contains("following") { return .following }
    return nil
  }

  /// The owner's numeric id from `--owner`/`--of`: `x:ID` or a bare number.
  static func ownerID(_ selector: AccountSelector?, path: String) throws -> String? {
    switch selector {
    case nil:
      return nil
    case .id(let value, let network)? where network == nil || network == .x:
      if XListUser(
        id: value, handle: nil, name: nil, followers: nil, following: nil, posts: nil,
        listed: nil, verified: nil, createdAt: nil
      ).numericID != nil {
        return value
      }
      fallthrough
    default:
      throw ImportError.ownerRequired(
        path: path,
        reason: "X accounts are keyed by numeric id, and '\(selector.map { "\($0)" } ?? "")' "
          + "is not one")
    }
  }
}
