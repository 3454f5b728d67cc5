import FollowModel
import Foundation

/// One user of an X follow list: a twitter-web-exporter object (`id`, `screen_name`, `name`,
/// `followers_count`, `friends_count`, `statuses_count`, `listed_count`, …) or an X API v2
/// user (`id`, `username`, `name`, `public_metrics`, `verified`, `created_at`).
///
/// Every field but the id is read leniently: a value of an unexpected type is treated as
/// absent, since these files come from many tool versions.
struct XListUser: Decodable {
  var id: String?
  var handle: String?
  var name: String?
  var followers: Int?
  var following: Int?
  var posts: Int?
  var listed: Int?
  var verified: Bool?
  var createdAt: String?

  private enum Keys: String, CodingKey {
    case id, rest_id, id_str, screen_name, username, name, followers_count, friends_count
    case following_count, statuses_count, tweet_count, listed_count, verified, created_at
    case public_metrics
  }

  private enum MetricKeys: String, CodingKey {
    case followers_count, following_count, tweet_count, listed_count
  }

  init(
    id: String?, handle: String?, name: String?, followers: Int?, following: Int?, posts: Int?,
    listed: Int?, verified: Bool?, createdAt: String?
  ) {
    (self.id, self.handle, self.name) = (id, handle, name)
    (self.followers, self.following, self.posts, self.listed) = (
      followers, following, posts, listed
    )
    (self.verified, self.createdAt) = (verified, createdAt)
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    func text(_ key: Keys) -> String? {
      (try? c.decodeIfPresent(LenientString.self, forKey: key))??.value
    }
    func count(_ key: Keys) -> Int? { text(key).flatMap(XListUser.count) }
    id = text(.id) ?? text(.rest_id) ?? text(.id_str)
    handle = text(.screen_name) ?? text(.username)
    name = text(.name)
    followers = count(.followers_count)
    following = count(.friends_count) ?? count(.following_count)
    posts = count(.statuses_count) ?? count(.tweet_count)
    listed = count(.listed_count)
    verified = (try? c.decodeIfPresent(LenientBool.self, forKey: .verified))??.value
    createdAt = text(.created_at)
    if let metrics = try? c.nestedContainer(keyedBy: MetricKeys.self, forKey: .public_metrics) {
      func metric(_ key: MetricKeys) -> Int? {
        let text = (try? metrics.decodeIfPresent(LenientString.self, forKey: key))??.value
        return text.flatMap(XListUser.count)
      }
      followers = followers ?? metric(.followers_count)
      following = following ?? metric(.following_count)
      posts = posts ?? metric(.tweet_count)
      listed = listed ?? metric(.listed_count)
    }
  }

  /// A non-negative count written as digits.
  static func count(_ text: String) -> Int? {
    guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0 else {
      return nil
    }
    return value
  }

  /// The numeric id, or `nil` when the id is missing or not a number.
  var numericID: String? {
    guard let id = id?.trimmingCharacters(in: .whitespaces), !id.isEmpty, id.utf8.count <= 20,
      id.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return nil }
    return id
  }

  /// The account record.
  func account(id: String) -> Account {
    Account(
      id: AccountID(network: .x, value: id),
      handle: handle.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 },
      displayName: name.map(Self.unescape), followersCount: followers, followingCount: following,
      postsCount: posts, listedCount: listed, isVerified: verified,
      createdAt: createdAt.flatMap { UTCTime.parse($0) ?? TwitterDate.parse($0) ?? Self.date($0) })
  }

  /// twitter-web-exporter's default date, `2011-05-06 07:08:09 +00:00`.
  static func date(_ text: String) -> Date? {
    let parts = text.split(separator: " ")
    guard parts.count == 3, let offset = parts.last, offset.count == 6,
      let sign = offset.first, sign == "+" || sign == "-",
      let hours = Int(offset.dropFirst().prefix(2)), let minutes = Int(offset.suffix(2)),
      let local = UTCTime.parse("\(parts[0])T\(parts[1])Z")
    else { return nil }
    let seconds = Double(hours * 3600 + minutes * 60)
    return local.addingTimeInterval(sign == "+" ? -seconds : seconds)
  }

  /// twitter-web-exporter writes line breaks inside CSV fields as `\n` and `\r`.
  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\r", with: " ").replacingOccurrences(of: "\\n", with: " ")
  }
}

/// An X API v2 page of users: `{data: [users], meta: {result_count, next_token}}`.
struct XUserPage: Decodable {
  var data: [XListUser]?
  var meta: Meta?

  struct Meta: Decodable {
    var next_token: String?
  }
}
