import FollowImport
import FollowModel

extension MalformedCorpusTests {
  static let instagram = "instagram"
  static let instagramOwner = AccountSelector.handle("test.owner")

  /// Broken Instagram and Threads downloads, LinkedIn Connections.csv files and X follow
  /// lists (issue 14).
  static let socialCases: [Case] = [
    Case(
      "instagram-bad-json", as: instagram, owner: instagramOwner,
      "{path}:connections/followers_and_following/followers_1.json: not valid JSON (The given "
        + "data was not valid JSON.)"),
    Case(
      "instagram-entry-not-object", as: instagram, owner: instagramOwner,
      "{path}:connections/followers_and_following/following.json: relationships_following "
        + "([1]): expected Dictionary<String, Any>: Expected to decode Dictionary<String, Any> "
        + "but found number instead."),
    Case(
      "instagram-no-list-key", as: instagram, owner: instagramOwner,
      "{path}:followers_and_following/followers.json: no list in the file (no array, no "
        + "relationships_… or text_post_app_… key, no entry)"),
    Case(
      "instagram-only-requests", as: instagram, owner: instagramOwner,
      "{path}: no followers_1.json, followers.json or following.json (or .html) in the export"),
    Case(
      "instagram-invalid-utf8", as: instagram, owner: instagramOwner,
      "{path}:connections/followers_and_following/followers_1.html: line 1: invalid UTF-8 at "
        + "byte 67"),
    Case(
      "instagram-many-entries", limits: ImportLimits(maxRecords: 3), owner: instagramOwner,
      "{path}:connections/followers_and_following/followers_1.json: record limit exceeded "
        + "(more than 3 records); raise it with --max-records if the file is genuine"),
    Case(
      "instagram/html-2025",
      "{path}: the export does not say whose it is (no personal_information with a Username); "
        + "give --owner @username; name the owner with --owner"),
    Case(
      "threads-no-lists", as: "threads", owner: instagramOwner,
      "{path}: no Threads followers.json or following.json (under your_instagram_activity/"
        + "threads/) in the export"),
    Case(
      "linkedin-no-header.csv", as: "linkedin-connections", owner: .handle("me"),
      "{path}: line 21: no header 'First Name,Last Name,…' in the first 20 records; this is "
        + "not LinkedIn's Connections.csv"),
    Case(
      "linkedin-quote-never-closed.csv", owner: .handle("me"),
      "{path}: line 2: a quoted field is never closed before the end of the file"),
    Case(
      "linkedin/2018/Connections.csv",
      "{path}: LinkedIn's Connections.csv does not say whose it is (give --owner "
        + "@your-profile-slug, the part after linkedin.com/in/); name the owner with --owner"),
    Case(
      "x-follow-list-bad-header.csv", as: "x-follow-list",
      "{path}: line 1: expected twitter-web-exporter's header (id, screen_name, name, …, "
        + "followers_count, friends_count, …)"),
    Case(
      "x-follow-list-not-users.json", as: "x-follow-list",
      "{path}: record 1: expected Dictionary<String, Any>: Expected to decode "
        + "Dictionary<String, Any> but found number instead."),
    Case(
      "x-follow-list-bad-page.json", as: "x-follow-list",
      "{path}: data: expected Array<Any>: Expected to decode Array<Any> but found a "
        + "dictionary instead."),
    Case(
      "x-follow-list-bad-jsonl-line.jsonl",
      "{path}: line 2: not valid JSON (The given data was not valid JSON.)"),
    Case(
      "x-follow-list/twitter-Following-1733500000000.csv", owner: .handle("ada"),
      "{path}: X accounts are keyed by numeric id, and '@ada' is not one; name the owner with "
        + "--owner"),
  ]
}
