/// The JSON shapes of twarc2 output that FollowGraph reads. Every field is optional: which
/// ones are present depends on the `tweet.fields`/`user.fields` twarc asked for.

/// One line of a twarc2 file: an API response page (`data`, `includes`, `errors`, `meta`,
/// `__twarc`), or, in flattened files, one tweet or user object.
struct TwarcLine: Decodable {
  let data: TwarcOneOrMany?
  let includes: TwarcIncludes?
  let errors: [TwarcAPIError]?
  let twarc: TwarcMeta?
  let meta: TwarcPageMeta?
  /// The line read as a flattened object (meaningful when the line is not a page).
  let object: TwarcObject

  private enum CodingKeys: String, CodingKey {
    case data, includes, errors, meta
    case twarc = "__twarc"
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    data = try container.decodeIfPresent(TwarcOneOrMany.self, forKey: .data)
    includes = try container.decodeIfPresent(TwarcIncludes.self, forKey: .includes)
    errors = try container.decodeIfPresent([TwarcAPIError].self, forKey: .errors)
    twarc = try container.decodeIfPresent(TwarcMeta.self, forKey: .twarc)
    meta = try container.decodeIfPresent(TwarcPageMeta.self, forKey: .meta)
    object = try TwarcObject(from: decoder)
  }

  /// Whether the line is an API response page rather than a flattened object.
  var isPage: Bool { data != nil || includes != nil || errors != nil || meta != nil }
}

/// `data` holds an array in search and lookup pages, one object in streaming output.
struct TwarcOneOrMany: Decodable {
  let objects: [TwarcObject]

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let many = try? container.decode([TwarcObject].self) {
      objects = many
    } else {
      objects = [try container.decode(TwarcObject.self)]
    }
  }
}

/// `includes`: the users and tweets a page's objects refer to.
struct TwarcIncludes: Decodable {
  let users: [TwarcUser]?
  let tweets: [TwarcObject]?
}

/// `__twarc`: when and from where twarc fetched the page.
struct TwarcMeta: Decodable {
  let url: String?
  let retrieved_at: String?
}

/// `meta` of a page.
struct TwarcPageMeta: Decodable {
  let result_count: Int?
}

/// One entry of a page's `errors` (a suspended user, a deleted pinned tweet, …).
struct TwarcAPIError: Decodable {
  let title: String?
  let detail: String?
}

/// A tweet or a user: the fields of both, told apart by ``isTweet``.
struct TwarcObject: Decodable {
  let id: LenientString?
  let text: String?
  let author_id: LenientString?
  let created_at: String?
  let lang: String?
  let in_reply_to_user_id: LenientString?
  let entities: TwarcEntities?
  let referenced_tweets: [TwarcReference]?
  // User fields.
  let username: String?
  let name: String?
  let verified: LenientBool?
  let public_metrics: TwarcMetrics?
  // Flattened files embed the users a tweet refers to.
  let author: TwarcUser?
  let in_reply_to_user: TwarcUser?
  let twarc: TwarcMeta?

  private enum CodingKeys: String, CodingKey {
    case id, text, author_id, created_at, lang, in_reply_to_user_id, entities,
      referenced_tweets, username, name, verified, public_metrics, author, in_reply_to_user
    case twarc = "__twarc"
  }

  /// A tweet has text or an author; a user has a username and neither.
  var isTweet: Bool { text != nil || author_id != nil }

  /// The object read as a user.
  var user: TwarcUser {
    TwarcUser(
      id: id, username: username, name: name, verified: verified, created_at: created_at,
      public_metrics: public_metrics)
  }
}

/// A user object (`data` of user lookups, `includes.users`, flattened `author`).
struct TwarcUser: Decodable {
  let id: LenientString?
  let username: String?
  let name: String?
  let verified: LenientBool?
  let created_at: String?
  let public_metrics: TwarcMetrics?
}

/// `public_metrics`: user counts (tweets carry other counts under the same key).
struct TwarcMetrics: Decodable {
  let followers_count: TwarcCount?
  let following_count: TwarcCount?
  let tweet_count: TwarcCount?
  let listed_count: TwarcCount?
}

/// A count as the API writes it (a number), or the raw text of what was there instead.
enum TwarcCount: Decodable {
  case value(Int)
  case invalid(String)

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = number >= 0 ? .value(number) : .invalid(String(number))
    } else if let text = try? container.decode(String.self) {
      if let number = Int(text), number >= 0 {
        self = .value(number)
      } else {
        self = .invalid(text)
      }
    } else if let number = try? container.decode(Double.self) {
      self = .invalid(String(number))
    } else if container.decodeNil() {
      self = .invalid("null")
    } else {
      self = .invalid("a non-number")
    }
  }
}

/// `entities` of a tweet.
struct TwarcEntities: Decodable {
  struct Hashtag: Decodable { let tag: String? }
  struct Link: Decodable {
    let url: String?
    let expanded_url: String?
  }
  let hashtags: [Hashtag]?
  let mentions: [TwarcUser]?
  let urls: [Link]?
}

/// An entry of `referenced_tweets`; flattened files inline the referenced tweet's fields.
struct TwarcReference: Decodable {
  let type: String?
  let id: LenientString?
  let text: String?
  let author_id: LenientString?
  let created_at: String?
  let lang: String?
  let entities: TwarcEntities?
  let author: TwarcUser?
}
