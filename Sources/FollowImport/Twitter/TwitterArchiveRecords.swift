/// The JSON shapes of the X/Twitter archive files FollowGraph reads. Every field the parser
/// does not need is ignored; numbers arrive as strings.

/// `data/account.js`: `[{"account": {...}}]`.
struct TwitterAccountEntry: Decodable {
  struct Account: Decodable {
    let accountId: String
    let username: String?
    let accountDisplayName: String?
    let createdAt: String?
  }
  let account: Account
}

/// `data/follower.js`: `[{"follower": {"accountId": "…", "userLink": "…"}}]`.
struct TwitterFollowerEntry: Decodable {
  let follower: TwitterFollowRef
}

/// `data/following.js`: `[{"following": {"accountId": "…", "userLink": "…"}}]`.
struct TwitterFollowingEntry: Decodable {
  let following: TwitterFollowRef
}

/// The account named by a follower or following entry.
struct TwitterFollowRef: Decodable {
  let accountId: String
}

/// `data/manifest.js`: `window.__THAR_CONFIG = {"archiveInfo": {"generationDate": …}}`.
struct TwitterManifest: Decodable {
  struct ArchiveInfo: Decodable {
    let generationDate: String?
  }
  let archiveInfo: ArchiveInfo?
}

/// One element of `data/tweets.js`: `{"tweet": {...}}` since 2020, a bare tweet before.
struct TwitterTweetEntry: Decodable {
  let tweet: TwitterTweet

  private enum CodingKeys: String, CodingKey { case tweet }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if container.contains(.tweet) {
      tweet = try container.decode(TwitterTweet.self, forKey: .tweet)
    } else {
      tweet = try TwitterTweet(from: decoder)
    }
  }
}

/// The fields of a tweet FollowGraph keeps.
struct TwitterTweet: Decodable {
  struct Entities: Decodable {
    struct Hashtag: Decodable { let text: String }
    struct Mention: Decodable {
      let screen_name: String?
      let id_str: LenientString?
      let name: String?
    }
    struct Link: Decodable {
      let url: String?
      let expanded_url: String?
    }
    let hashtags: [Hashtag]?
    let user_mentions: [Mention]?
    let urls: [Link]?
  }

  let id_str: LenientString?
  let id: LenientString?
  let full_text: String?
  let text: String?
  let created_at: String
  let lang: String?
  let retweeted: LenientBool?
  let in_reply_to_status_id_str: LenientString?
  let in_reply_to_user_id_str: LenientString?
  let in_reply_to_screen_name: String?
  let entities: Entities?
}
