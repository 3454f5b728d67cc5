import Foundation

/// twitter-web-exporter's CSV: a header of its export keys (`id,screen_name,name,…,
/// followers_count,friends_count,statuses_count,…`) or of its column titles (`ID,Screen Name,
/// Profile Name,…,Followers,FollowingCount,Statuses,…`), a UTF-8 BOM in newer versions, and
/// line breaks inside fields written as `\n`.
struct XFollowListCSV {
  /// The column names read for each field, normalised (lower-cased, spaces as `_`).
  static let names: [String: [String]] = [
    "id": ["id", "rest_id", "id_str"],
    "handle": ["screen_name", "username"],
    "name": ["name", "profile_name"],
    "followers": ["followers_count", "followers"],
    "following": ["friends_count", "following_count", "followingcount"],
    "posts": ["statuses_count", "tweet_count", "statuses"],
    "listed": ["listed_count", "listed"],
    "verified": ["verified"],
    "createdAt": ["created_at"],
  ]

  private let path: String
  private var columns: [String: Int]?
  /// The users, in file order.
  private(set) var users: [(line: Int, user: XListUser)] = []

  init(path: String) {
    self.path = path
  }

  static func normalise(_ name: String) -> String {
    name.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces)
      .lowercased().replacingOccurrences(of: " ", with: "_")
  }

  /// Whether a header names the columns of twitter-web-exporter's user export.
  static func isHeader(_ fields: [String]) -> Bool {
    let names = Set(fields.map(normalise))
    let keys =
      names.contains("screen_name") && names.contains("friends_count")
      && !names.isDisjoint(with: [
        "followed_by", "can_dm", "profile_banner_url", "is_blue_verified",
      ])
    let titles = names.contains("screen_name") && names.contains("followingcount")
    return keys || titles
  }

  /// Reads one record.
  mutating func add(_ record: CSVRecord) throws {
    let fields = try record.strings()
    guard let columns else {
      guard Self.isHeader(fields) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "expected twitter-web-exporter's header (id, screen_name, name, …, "
            + "followers_count, friends_count, …)")
      }
      var found: [String: Int] = [:]
      for (field, names) in Self.names {
        if let index = fields.map(Self.normalise).firstIndex(where: { names.contains($0) }) {
          found[field] = index
        }
      }
      columns = found
      return
    }
    if record.isBlank { return }
    func value(_ field: String) -> String? {
      guard let index = columns[field], index < fields.count else { return nil }
      let text = fields[index].trimmingCharacters(in: .whitespaces)
      return text.isEmpty || text == "N/A" ? nil : text
    }
    let verified = value("verified").map { ["true", "yes", "1"].contains($0.lowercased()) }
    users.append(
      (
        record.line,
        XListUser(
          id: value("id"), handle: value("handle"), name: value("name"),
          followers: value("followers").flatMap(XListUser.count),
          following: value("following").flatMap(XListUser.count),
          posts: value("posts").flatMap(XListUser.count),
          listed: value("listed").flatMap(XListUser.count), verified: verified,
          createdAt: value("createdAt"))
      ))
  }
}
