import Crypto
import FollowModel
import Foundation

/// Everything one fetch read, and its translation into the store's import.
struct FetchCrawl: Sendable {
  let network: Network
  let owner: FetchedAccount
  let following: ListOutcome
  let followers: ListOutcome
  /// Bluesky: the profiles looked up; `nil` on Mastodon.
  let profiles: ProfileLookup?
  let posts: ListOutcome
  /// Depth 2: each neighbour with its following and followers lists.
  let neighbours: [(FetchedAccount, ListOutcome, ListOutcome)]
  /// The accounts that left the owner's lists since the previous snapshot, looked up.
  var goneLookup = GoneLookup()

  /// Listed accounts whose profile no longer resolves (asked, and absent from the answer).
  var gone: Set<String> {
    guard let profiles else { return [] }
    return profiles.asked.subtracting(profiles.found.keys)
  }

  /// Every warning, in the order the lists were read.
  var warnings: [FetchWarning] {
    var all =
      following.warnings + followers.warnings + (profiles?.warnings ?? []) + goneLookup.warnings
      + posts.warnings
    for (_, following, followers) in neighbours { all += following.warnings + followers.warnings }
    return all
  }

  /// The owner and every listed account, with the fullest record seen of each.
  func accounts() -> [Account] {
    var byID: [String: FetchedAccount] = [owner.nativeID: owner]
    var order = [owner.nativeID]
    for account in following.accounts + followers.accounts
    where byID.updateValue(account, forKey: account.nativeID) == nil {
      order.append(account.nativeID)
    }
    for (_, found) in profiles?.found ?? [:] where byID[found.nativeID] != nil {
      byID[found.nativeID] = found
    }
    for (_, theirFollowing, theirFollowers) in neighbours {
      for account in theirFollowing.accounts + theirFollowers.accounts
      where byID[account.nativeID] == nil {
        byID[account.nativeID] = account
        order.append(account.nativeID)
      }
    }
    return order.compactMap { byID[$0]?.account(network: network) }
  }

  /// The import to save: the owner's snapshot lists only the lists read complete; depth-2
  /// follows of neighbours are added from their complete lists only.
  func importRequest(source: String, fetchKey: String, observedAt: Date, startedAt: Date)
    -> ImportRequest
  {
    var builder = FollowTableBuilder(network: network)
    let ownerIndex = builder.index(of: owner.nativeID)
    if following.state == .complete {
      for account in following.accounts {
        builder.add(follower: ownerIndex, followed: builder.index(of: account.nativeID))
      }
    }
    if followers.state == .complete {
      for account in followers.accounts {
        builder.add(follower: builder.index(of: account.nativeID), followed: ownerIndex)
      }
    }
    for (neighbour, theirFollowing, theirFollowers) in neighbours {
      let index = builder.index(of: neighbour.nativeID)
      if theirFollowing.state == .complete {
        for account in theirFollowing.accounts {
          builder.add(follower: index, followed: builder.index(of: account.nativeID))
        }
      }
      if theirFollowers.state == .complete {
        for account in theirFollowers.accounts {
          builder.add(follower: builder.index(of: account.nativeID), followed: index)
        }
      }
    }
    let (table, duplicates) = builder.build()
    let ownerID = AccountID(network: network, value: owner.nativeID)
    var batch = ImportBatch(
      network: network, format: "\(network.rawValue)-fetch", observedAt: observedAt,
      owner: ExportOwner(
        account: owner.account(network: network), listsFollowing: following.state == .complete,
        listsFollowers: followers.state == .complete),
      follows: table, accounts: accounts(),
      posts: posts.posts.compactMap { $0.post(author: ownerID) },
      counts: ImportCounts(
        records: following.accounts.count + followers.accounts.count + posts.posts.count,
        duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings.map { ImportWarning(location: $0.url, message: $0.message) }
        + hiddenWarnings(), unknownFiles: [])
    batch.gone = goneAccounts
    let digest = SHA256.hash(data: Data((fetchKey + " " + UTCTime.timestamp(observedAt)).utf8))
    return ImportRequest(
      batch: batch, sourcePath: source,
      contentSHA256: digest.map { String(format: "%02x", $0) }.joined(), observedAt: observedAt,
      startedAt: startedAt)
  }

  /// Every account found gone: those that left the lists and no longer resolve, and listed
  /// accounts absent from `getProfiles`; each once, sorted.
  var goneAccounts: [GoneAccount] {
    var byID: [String: GoneAccount] = [:]
    for id in gone { byID[id] = GoneAccount(id: id, reason: .notFound) }
    for account in goneLookup.gone { byID[account.id] = account }
    return byID.keys.sorted(by: NativeIDOrder.areInIncreasingOrder).compactMap { byID[$0] }
  }

  /// A warning for each of the owner's lists the account hides (unknown, not zero).
  private func hiddenWarnings() -> [ImportWarning] {
    [(ListKind.following, following), (.followers, followers)].compactMap { kind, outcome in
      guard outcome.state == .hidden else { return nil }
      return ImportWarning(
        location: owner.nativeID,
        message:
          "\(kind.rawValue) is hidden (empty while the profile counts some or hides the count): "
          + "recorded as unknown")
    }
  }
}
