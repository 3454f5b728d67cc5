import FollowModel
import Foundation

/// `connections.json` of Instagram's downloads before 2021: one object whose lists map each
/// username to the ISO 8601 time it was listed (`{"followers": {"ada": "2020-01-02T03:04:05
/// +00:00"}, "following": {…}, "blocked_users": {…}, …}`).
struct MetaLegacyConnections: Decodable {
  /// The lists by key, entries sorted by date, then username.
  private(set) var lists: [String: [MetaListFile.Item]] = [:]

  /// The keys read, and the owner's list each one is (`nil`: a follow list).
  static let keys: [String: OwnerList.Kind?] = [
    "followers": nil, "following": nil, "follow_requests_sent": .pendingFollowRequests,
    "blocked_users": .blocked, "restricted_users": .restricted, "close_friends": .closeFriends,
  ]

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: MetaKey.self)
    for key in container.allKeys where Self.keys.keys.contains(key.stringValue) {
      let entries = try container.decode([String: String].self, forKey: key)
      var items: [MetaListFile.Item] = []
      for (name, date) in entries {
        guard let username = MetaUsername.clean(name) else { continue }
        items.append(MetaListFile.Item(username: username, date: UTCTime.parse(date)))
      }
      items.sort { ($0.date ?? .distantPast, $0.username) < ($1.date ?? .distantPast, $1.username) }
      lists[key.stringValue] = items
    }
  }

  /// Whether the file holds a followers or following list.
  var hasFollowLists: Bool { lists["followers"] != nil || lists["following"] != nil }
}
