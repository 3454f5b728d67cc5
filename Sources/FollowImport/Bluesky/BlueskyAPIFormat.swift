import FollowModel
import Foundation

/// Bluesky API JSON pages: `app.bsky.graph.getFollowers` (`{subject, followers, cursor}`),
/// `app.bsky.graph.getFollows` (`{subject, follows, cursor}`), `app.bsky.actor.getProfiles`
/// (`{profiles}`) and `getProfile` (one profile object).
///
/// Follower and follow pages give follows between DIDs; profiles give handles, names and
/// counts (`followersCount`, `followsCount`, `postsCount`). The pages of one list given in one
/// run are merged; the list counts as complete when one of them has no `cursor`.
public enum BlueskyAPIFormat: PagedExportFormat {
  public static let name = "bluesky-api"
  public static let summary =
    "Bluesky API JSON: getFollowers/getFollows pages, getProfiles/getProfile"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind else { return false }
    let head = String(decoding: source.head(16 << 10), as: UTF8.self)
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return start.hasPrefix("{") && head.contains("\"did\"") && head.contains("\"handle\"")
      && head.contains("\"did:")
  }

  public static func parsePage(_ source: ImportSource, context: ParseContext) throws -> ListPage {
    let page = try JSONDocument.decode(
      BlueskyAPIPage.self, from: source.readAll(), path: source.path, limits: context.limits)
    let profiles = page.profiles ?? page.followers ?? page.follows ?? []
    guard profiles.count <= context.limits.maxRecords else {
      throw ImportError.limitExceeded(
        path: source.path, limit: "record limit",
        value: "\(profiles.count) profiles > \(context.limits.maxRecords)",
        option: "--max-records")
    }
    var accounts = profiles.map(\.account)
    if let single = page.single { accounts.append(single.account) }
    var builder = FollowTableBuilder(network: .bluesky)
    var owner: ExportOwner?
    var warnings: [ImportWarning] = []
    let relation: ListRelation? =
      page.followers != nil ? .followers : page.follows != nil ? .following : nil
    if let relation {
      guard let subject = page.subject else {
        throw ImportError.malformed(
          path: source.path, location: "subject",
          reason: "a \(relation == .followers ? "getFollowers" : "getFollows") page without "
            + "its subject")
      }
      if let requested = context.listOwner, case .id(let id, _) = requested, id != subject.did {
        warnings.append(
          ImportWarning(
            location: source.path,
            message: "the page is the list of \(subject.did), not of \(id) (--of); its subject "
              + "is used"))
      }
      let subjectIndex = builder.index(of: subject.did)
      for profile in profiles {
        let other = builder.index(of: profile.did)
        switch relation {
        case .followers: builder.add(follower: other, followed: subjectIndex)
        case .following: builder.add(follower: subjectIndex, followed: other)
        }
      }
      owner = ExportOwner(
        account: subject.account, listsFollowing: relation == .following,
        listsFollowers: relation == .followers)
    } else if page.single == nil && page.profiles == nil {
      throw ImportError.malformed(
        path: source.path, location: nil,
        reason: "not a Bluesky API page: no followers, follows or profiles")
    }
    let (table, duplicates) = builder.build()
    let batch = ImportBatch(
      network: .bluesky, format: name, owner: owner, follows: table, accounts: accounts,
      counts: ImportCounts(
        records: accounts.count, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings)
    return ListPage(batch: batch, isLastPage: (page.cursor ?? "").isEmpty)
  }
}

/// One page of a Bluesky list or profiles call.
struct BlueskyAPIPage: Decodable {
  let subject: BlueskyProfile?
  let followers: [BlueskyProfile]?
  let follows: [BlueskyProfile]?
  let profiles: [BlueskyProfile]?
  let cursor: String?
  /// The page itself, when it is one profile (`getProfile`).
  let single: BlueskyProfile?

  private enum CodingKeys: String, CodingKey {
    case subject, followers, follows, profiles, cursor, did
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    subject = try container.decodeIfPresent(BlueskyProfile.self, forKey: .subject)
    followers = try container.decodeIfPresent([BlueskyProfile].self, forKey: .followers)
    follows = try container.decodeIfPresent([BlueskyProfile].self, forKey: .follows)
    profiles = try container.decodeIfPresent([BlueskyProfile].self, forKey: .profiles)
    cursor = try container.decodeIfPresent(String.self, forKey: .cursor)
    single = container.contains(.did) ? try BlueskyProfile(from: decoder) : nil
  }
}

/// A Bluesky `profileView` or `profileViewDetailed` (only the latter has counts).
struct BlueskyProfile: Decodable {
  let did: String
  let handle: String?
  let displayName: String?
  let followersCount: Int?
  let followsCount: Int?
  let postsCount: Int?
  let createdAt: String?

  private enum CodingKeys: String, CodingKey {
    case did, handle, displayName, followersCount, followsCount, postsCount, createdAt
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    did = try container.decode(String.self, forKey: .did)
    // Accounts are keyed by DID: one that breaks the DID syntax would be a key for nothing.
    guard ATProtoIdentifier.isValidDID(did) else {
      throw DecodingError.dataCorruptedError(
        forKey: .did, in: container, debugDescription: "'\(did)' is not a valid DID")
    }
    handle = try container.decodeIfPresent(String.self, forKey: .handle)
    displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
    followersCount = try container.decodeIfPresent(Int.self, forKey: .followersCount)
    followsCount = try container.decodeIfPresent(Int.self, forKey: .followsCount)
    postsCount = try container.decodeIfPresent(Int.self, forKey: .postsCount)
    createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
  }

  var account: Account {
    func count(_ value: Int?) -> Int? { value.flatMap { $0 >= 0 ? $0 : nil } }
    return Account(
      id: AccountID(network: .bluesky, value: did),
      handle: handle.flatMap { $0 == "handle.invalid" || $0.isEmpty ? nil : $0 },
      displayName: displayName.flatMap { $0.isEmpty ? nil : $0 },
      followersCount: count(followersCount), followingCount: count(followsCount),
      postsCount: count(postsCount), createdAt: createdAt.flatMap(UTCTime.parse))
  }
}
