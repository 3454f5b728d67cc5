import FollowModel
import Foundation

/// Collects the users, tweets and follows of twarc2 lines, one line at a time.
///
/// Users are kept once per id, from the page retrieved last (the newest counts); tweets once
/// per id, from `data` and `includes.tweets` (and, in flattened files, the inlined referenced
/// tweets). Lines that cannot be read become warnings.
struct Twarc2Reader {
  /// How many line-level warnings are listed one by one; later ones are only counted.
  static let listedWarningLimit = 100

  let path: String
  private(set) var users: [String: (user: TwarcUser, retrievedAt: Date?)] = [:]
  private(set) var posts: [String: Post] = [:]
  private var builder = FollowTableBuilder(network: .x)
  private(set) var warnings: [ImportWarning] = []
  private var unlistedWarnings = 0
  private var apiErrors = 0
  private var firstAPIError: (line: Int, text: String)?
  private var skippedTweets = 0
  private var firstSkippedTweet: (line: Int, reason: String)?
  private(set) var records = 0
  private(set) var jsonLines = 0
  private(set) var latestRetrieval: Date?

  init(path: String) {
    self.path = path
  }

  /// Reads one decoded line.
  mutating func add(_ line: TwarcLine, number: Int) {
    jsonLines += 1
    let retrievedAt = (line.twarc ?? line.object.twarc)?.retrieved_at.flatMap(UTCTime.parse)
    if let retrievedAt, latestRetrieval.map({ retrievedAt > $0 }) ?? true {
      latestRetrieval = retrievedAt
    }
    guard line.isPage else {
      addFlattened(line.object, number: number, retrievedAt: retrievedAt)
      return
    }
    if let errors = line.errors, !errors.isEmpty {
      apiErrors += errors.count
      if firstAPIError == nil {
        let error = errors[0]
        firstAPIError = (
          number, [error.title, error.detail].compactMap { $0 }.joined(separator: ": ")
        )
      }
    }
    guard let objects = line.data?.objects else {
      if line.errors?.isEmpty ?? true {
        let count = line.meta?.result_count.map { " (result_count \($0))" } ?? ""
        warn(line: number, "a page without 'data'\(count); skipped")
      }
      return
    }
    let followEnd = Self.followListOwner(line.twarc?.url)
    for object in objects {
      records += 1
      if object.isTweet {
        addTweet(object, line: number)
      } else {
        addUser(object.user, line: number, retrievedAt: retrievedAt)
        addListFollow(object, list: followEnd)
      }
    }
    for user in line.includes?.users ?? [] {
      addUser(user, line: number, retrievedAt: retrievedAt)
    }
    for tweet in line.includes?.tweets ?? [] {
      addTweet(tweet, line: number)
    }
  }

  /// Records a line that could not be read.
  mutating func warn(line: Int, _ message: String) {
    if warnings.count < Self.listedWarningLimit {
      warnings.append(ImportWarning(location: "\(path) line \(line)", message: message))
    } else {
      unlistedWarnings += 1
    }
  }

  /// The follows read from `followers`/`following` pages.
  func follows() -> (table: FollowTable, duplicates: Int, selfFollows: Int) {
    let (table, duplicates) = builder.build()
    return (table, duplicates, builder.selfFollows)
  }

  /// Every warning, with the counted ones summarised at the end.
  func allWarnings() -> [ImportWarning] {
    var all = warnings
    if unlistedWarnings > 0 {
      all.append(
        ImportWarning(
          location: path, message: "\(unlistedWarnings) more lines could not be read"))
    }
    if let first = skippedTweets > 0 ? firstSkippedTweet : nil {
      all.append(
        ImportWarning(
          location: "\(path) line \(first.line)",
          message: "\(skippedTweets) tweet\(skippedTweets == 1 ? "" : "s") skipped (first: "
            + "\(first.reason))"))
    }
    if let first = firstAPIError {
      all.append(
        ImportWarning(
          location: "\(path) line \(first.line)",
          message: "\(apiErrors) API error entr\(apiErrors == 1 ? "y" : "ies") in pages "
            + "(first: \(first.text)); the objects they name are missing"))
    }
    return all
  }

  // MARK: - Objects

  private mutating func addFlattened(_ object: TwarcObject, number: Int, retrievedAt: Date?) {
    guard object.id != nil, object.isTweet || object.username != nil else {
      warn(line: number, "neither a twarc2 page nor a tweet or user object; skipped")
      return
    }
    records += 1
    guard object.isTweet else {
      addUser(object.user, line: number, retrievedAt: retrievedAt)
      addListFollow(object, list: Self.followListOwner(object.twarc?.url))
      return
    }
    addTweet(object, line: number)
    for user in [object.author, object.in_reply_to_user].compactMap({ $0 })
      + (object.entities?.mentions ?? []) + (object.referenced_tweets ?? []).compactMap(\.author)
    where user.public_metrics != nil {
      addUser(user, line: number, retrievedAt: retrievedAt)
    }
    for reference in object.referenced_tweets ?? [] where reference.text != nil {
      addTweet(
        id: reference.id?.value, text: reference.text, authorID: reference.author_id?.value,
        createdAt: reference.created_at, lang: reference.lang, entities: reference.entities,
        references: [], replyUser: nil, line: number)
    }
  }

  private mutating func addUser(_ user: TwarcUser, line: Int, retrievedAt: Date?) {
    guard let id = user.id?.value, !id.isEmpty else { return }
    for (name, count) in [
      ("followers_count", user.public_metrics?.followers_count),
      ("following_count", user.public_metrics?.following_count),
      ("tweet_count", user.public_metrics?.tweet_count),
      ("listed_count", user.public_metrics?.listed_count),
    ] {
      if case .invalid(let text)? = count {
        warn(line: line, "user \(id): \(name) '\(text)' is not a count of 0 or more; ignored")
      }
    }
    if let known = users[id], let knownDate = known.retrievedAt,
      retrievedAt.map({ $0 < knownDate }) ?? true
    {
      return
    }
    users[id] = (user, retrievedAt)
  }

  private mutating func addTweet(_ tweet: TwarcObject, line: Int) {
    addTweet(
      id: tweet.id?.value, text: tweet.text, authorID: tweet.author_id?.value,
      createdAt: tweet.created_at, lang: tweet.lang, entities: tweet.entities,
      references: tweet.referenced_tweets ?? [], replyUser: tweet.in_reply_to_user_id?.value,
      line: line)
  }

  private mutating func addTweet(
    id: String?, text: String?, authorID: String?, createdAt: String?, lang: String?,
    entities: TwarcEntities?, references: [TwarcReference], replyUser: String?, line: Int
  ) {
    func skip(_ reason: String) {
      skippedTweets += 1
      if firstSkippedTweet == nil { firstSkippedTweet = (line, reason) }
    }
    guard let id, !id.isEmpty else { return skip("a tweet without id") }
    if posts[id] != nil { return }
    guard let authorID, !authorID.isEmpty else { return skip("tweet \(id) has no author_id") }
    guard let createdText = createdAt, let date = UTCTime.parse(createdText) else {
      return skip("tweet \(id) has no readable created_at")
    }
    let replyTo = references.first { $0.type == "replied_to" }?.id?.value
    posts[id] = Post(
      id: id, author: AccountID(network: .x, value: authorID), createdAt: date,
      text: text ?? "", language: lang, isReply: replyTo != nil || replyUser != nil,
      isRepost: references.contains { $0.type == "retweeted" }, replyToID: replyTo,
      hashtags: (entities?.hashtags ?? []).compactMap(\.tag),
      mentions: (entities?.mentions ?? []).compactMap(\.username),
      urls: (entities?.urls ?? []).compactMap { $0.expanded_url ?? $0.url })
  }

  /// Adds the follow between a user of a follower or following list and the list's owner.
  private mutating func addListFollow(_ user: TwarcObject, list: (String, Bool)?) {
    guard let (ownerID, isFollowers) = list, let userID = user.id?.value, !userID.isEmpty else {
      return
    }
    if isFollowers {
      builder.add(follower: userID, followed: ownerID)
    } else {
      builder.add(follower: ownerID, followed: userID)
    }
  }

  /// For a `twarc2 followers`/`following` page, the account whose list it is and whether
  /// the page lists its followers (`/2/users/:id/followers`) or followings.
  static func followListOwner(_ url: String?) -> (String, Bool)? {
    guard let url, let range = url.range(of: "/2/users/") else { return nil }
    let rest = url[range.upperBound...].prefix { $0 != "?" }
    let parts = rest.split(separator: "/")
    guard parts.count == 2, parts[0].allSatisfy(\.isNumber) else { return nil }
    switch parts[1] {
    case "followers": return (String(parts[0]), true)
    case "following": return (String(parts[0]), false)
    default: return nil
    }
  }
}
