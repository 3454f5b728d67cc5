import FollowModel

/// Where the lists of Meta's "Download your information" export are, in the `.zip` or the
/// unpacked folder, found by file name wherever they are (`connections/followers_and_following/`
/// since 2024, `followers_and_following/` before, the export's top in 2021).
///
/// Instagram's follow lists are `followers.json`, `followers_1.json`, `followers_2.json`, … and
/// `following.json` (or `.html`); Threads' are `followers.json` and `following.json` under a
/// `threads/` folder (`your_instagram_activity/threads/`). The owner's other lists and
/// `personal_information` sit beside them.
struct MetaExportLayout {
  /// Which part of the export to read.
  enum Part {
    case instagram, threads
  }

  /// Files of the followers list (all of them make one list).
  private(set) var followers: [String] = []
  /// Files of the following list.
  private(set) var following: [String] = []
  /// Files of the owner's other lists.
  private(set) var ownerLists: [(path: String, kind: OwnerList.Kind)] = []
  /// The file naming the owner, when present (`personal_information`, or the pre-2021
  /// `profile.json`).
  private(set) var personalInformation: String?
  /// The pre-2021 `connections.json`, holding every list in one object.
  private(set) var legacyConnections: String?
  /// Whether the other part's follow lists are present (Threads in an Instagram export, …).
  private(set) var hasOtherPart = false
  /// JSON and HTML files under the export's follow-list folders that nothing reads.
  private(set) var unknown: [String] = []

  /// The owner's lists by file name (without extension), old and new names.
  static let ownerListFiles: [String: OwnerList.Kind] = [
    "pending_follow_requests": .pendingFollowRequests,
    "follow_requests_you've_received": .receivedFollowRequests,
    "recently_unfollowed_profiles": .recentlyUnfollowed,
    "recently_unfollowed_accounts": .recentlyUnfollowed,
    "close_friends": .closeFriends,
    "blocked_profiles": .blocked,
    "blocked_accounts": .blocked,
    "restricted_profiles": .restricted,
    "restricted_accounts": .restricted,
  ]

  /// Finds the layout among `paths` for `part`.
  init(paths: [String], part: Part) {
    for path in paths {
      let components = path.split(separator: "/")
      guard let file = components.last else { continue }
      let lowered = file.lowercased()
      let stem: Substring
      if lowered.hasSuffix(".json") {
        stem = lowered.dropLast(5)
      } else if lowered.hasSuffix(".html") {
        stem = lowered.dropLast(5)
      } else {
        continue
      }
      let isThreads = components.dropLast().contains { $0.lowercased() == "threads" }
      let isFollowers = stem == "followers" || Self.isNumberedFollowers(stem)
      let isFollowing = stem == "following"
      if stem == "personal_information" || (stem == "profile" && lowered.hasSuffix(".json")) {
        if personalInformation == nil || stem == "personal_information" {
          personalInformation = path
        }
        continue
      }
      if lowered == "connections.json" && !isThreads {
        if part == .instagram { legacyConnections = path } else { hasOtherPart = true }
        continue
      }
      if isFollowers || isFollowing {
        if isThreads != (part == .threads) {
          hasOtherPart = true
        } else if isFollowers {
          followers.append(path)
        } else {
          following.append(path)
        }
        continue
      }
      let inFollowFolder = components.dropLast().contains {
        $0 == "followers_and_following" || $0 == "connections" || $0 == "threads"
      }
      if part == .instagram, !isThreads, let kind = Self.ownerListFiles[String(stem)] {
        ownerLists.append((path, kind))
      } else if inFollowFolder && (isThreads == (part == .threads)) {
        unknown.append(path)
      }
    }
  }

  /// Whether `stem` is a numbered followers file (`followers_1`, `followers_2`, …).
  private static func isNumberedFollowers(_ stem: Substring) -> Bool {
    guard stem.hasPrefix("followers_") else { return false }
    let digits = stem.dropFirst("followers_".count)
    return !digits.isEmpty && digits.count <= 6 && digits.allSatisfy(\.isASCII)
      && digits.allSatisfy(\.isNumber)
  }

  /// Whether the export holds a follow list of the part.
  var hasFollowLists: Bool {
    !followers.isEmpty || !following.isEmpty || legacyConnections != nil
  }
}
