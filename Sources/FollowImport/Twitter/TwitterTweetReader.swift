import FollowModel
import Foundation

/// Turns archive tweets into posts and collects the id→handle pairs their mentions reveal.
struct TwitterTweetReader {
  let owner: AccountID
  private(set) var posts: [Post] = []
  private(set) var warnings: [ImportWarning] = []
  private var seen: Set<String> = []
  private var duplicates = 0
  /// Handle and name of each mentioned account, from its most recent mention.
  private var mentioned: [String: (handle: String?, name: String?, at: Date)] = [:]

  init(owner: AccountID) {
    self.owner = owner
  }

  /// Adds one tweet; a tweet without id or with an unreadable date is an error.
  mutating func add(_ tweet: TwitterTweet, location: (file: String, record: Int)) throws {
    guard let id = (tweet.id_str ?? tweet.id)?.value, !id.isEmpty else {
      throw ImportError.malformed(
        path: location.file, location: "record \(location.record)", reason: "tweet without id_str")
    }
    guard let createdAt = TwitterDate.parse(tweet.created_at) ?? UTCTime.parse(tweet.created_at)
    else {
      throw ImportError.malformed(
        path: location.file, location: "record \(location.record)",
        reason: "created_at '\(tweet.created_at)' is not 'EEE MMM dd HH:mm:ss Z yyyy'")
    }
    guard seen.insert(id).inserted else {
      duplicates += 1
      if duplicates == 1 {
        warnings.append(
          ImportWarning(
            location: "\(location.file) record \(location.record)",
            message: "tweet \(id) appears more than once; later copies ignored"))
      }
      return
    }
    let text = tweet.full_text ?? tweet.text ?? ""
    let mentions = tweet.entities?.user_mentions ?? []
    for mention in mentions {
      guard let mentionID = mention.id_str?.value, !mentionID.isEmpty, mentionID != "-1" else {
        continue
      }
      if let known = mentioned[mentionID], known.at > createdAt { continue }
      mentioned[mentionID] = (mention.screen_name, mention.name, createdAt)
    }
    if let replyUser = tweet.in_reply_to_user_id_str?.value,
      let handle = tweet.in_reply_to_screen_name,
      !replyUser.isEmpty, mentioned[replyUser].map({ $0.at <= createdAt }) ?? true
    {
      mentioned[replyUser] = (handle, mentioned[replyUser]?.name, createdAt)
    }
    let replyTo = tweet.in_reply_to_status_id_str?.value
    posts.append(
      Post(
        id: id, author: owner, createdAt: createdAt, text: text, language: tweet.lang,
        isReply: !(replyTo ?? "").isEmpty,
        isRepost: tweet.retweeted?.value == true || text.hasPrefix("RT @"),
        replyToID: (replyTo ?? "").isEmpty ? nil : replyTo,
        hashtags: (tweet.entities?.hashtags ?? []).map(\.text),
        mentions: mentions.compactMap(\.screen_name),
        urls: (tweet.entities?.urls ?? []).compactMap { $0.expanded_url ?? $0.url }))
  }

  /// Account records for mentioned accounts, sorted by id, without the owner.
  func mentionedAccounts(excluding owner: AccountID) -> [Account] {
    mentioned.filter { $0.key != owner.value }.sorted { $0.key < $1.key }.map { id, info in
      Account(id: AccountID(network: .x, value: id), handle: info.handle, displayName: info.name)
    }
  }
}
