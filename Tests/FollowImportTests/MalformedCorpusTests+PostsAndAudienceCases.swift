import FollowImport
import FollowModel

extension MalformedCorpusTests {
  static let twarc2 = "twarc2"
  static let accounts = "accounts-csv"
  static let posts = "posts-csv"

  /// Broken twarc2 JSONL files.
  static let twarc2Cases: [Case] = [
    Case(
      "twarc2-no-json-line.jsonl", as: twarc2,
      "{path}: no line is a JSON object; this is not twarc2 JSONL output"),
    Case(
      "twarc2-deep-line.jsonl",
      "{path}: JSON nesting depth limit at line 2 exceeded (deeper than 100); raise it with "
        + "--max-json-depth if the file is genuine"),
    Case(
      "twarc2-long-first-line.jsonl", limits: ImportLimits(maxJSONLLineBytes: 200),
      "{path}: JSONL line length limit at line 1 exceeded (more than 200 bytes); raise it "
        + "with --max-jsonl-line-length if the file is genuine"),
    Case(
      "twarc2-page-of-many-users.jsonl", limits: ImportLimits(maxRecords: 3),
      "{path}: record limit exceeded (more than 3 records); raise it with --max-records if "
        + "the file is genuine"),
    Case(
      "twarc2-many-lines.jsonl", limits: ImportLimits(maxRecords: 3),
      "{path}: record limit exceeded (more than 3 lines); raise it with --max-records if the "
        + "file is genuine"),
  ]

  /// Broken accounts CSV files.
  static let accountsCSVCases: [Case] = [
    Case(
      "accounts/non_numeric.csv", as: accounts,
      "{path}: line 3: followers_count 'lots' is not a count (a whole number of 0 or more)"),
    Case(
      "accounts/negative.csv", as: accounts,
      "{path}: line 3: followers_count '-3' is not a count (a whole number of 0 or more)"),
    Case(
      "accounts/unknown_header.csv", as: accounts,
      "{path}: line 1: CSV header 'user,score' is not an accounts header: it needs an id or "
        + "username/handle column and at least one more of id (or username/handle), "
        + "followers_count, following_count, posts_count/statuses_count/tweet_count, "
        + "listed_count, verified, bot, name, created_at"),
    Case("accounts-bad-flag.csv", "{path}: line 3: verified 'maybe' is not true or false"),
    Case("accounts-too-many-fields.csv", "{path}: line 3: 3 fields, but the header has 2"),
    Case("accounts-empty-id.csv", "{path}: line 3: empty id"),
    Case("accounts-blank.csv", as: accounts, "{path}: the file is empty"),
    Case(
      "accounts-too-many.csv", limits: ImportLimits(maxRecords: 2),
      "{path}: record limit exceeded (more than 2 accounts); raise it with --max-records if "
        + "the file is genuine"),
  ]

  /// Broken posts CSV files.
  static let postsCSVCases: [Case] = [
    Case(
      "posts-no-text-column.csv", as: posts,
      "{path}: line 1: the header author,created_at lacks author, created_at or text"),
    Case(
      "posts-bad-date.csv",
      "{path}: line 2: created_at 'yesterday' is not a date; use ISO 8601 such as "
        + "2024-01-31T12:00:00Z, the X format or Unix seconds"),
    Case("posts-short-row.csv", "{path}: line 2: expected 3 fields as in the header, found 2"),
    Case("posts-empty-author.csv", "{path}: line 2: empty author"),
    Case(
      "posts-two-networks.csv",
      "{path}: line 3: network 'bluesky' differs from 'mastodon' on line 2; one file holds "
        + "one network, so split it by network"),
    Case("posts-unknown-network.csv", "{path}: line 2: 'my space' is not a network name"),
  ]

  /// Broken themes files (`topics --themes`).
  static let themeCases: [Case] = [
    Case(
      "themes-billion-laughs.yaml", as: themes,
      "{path}: line 1: YAML anchors and aliases are not supported in themes files (found "
        + "'&a'; write '&' right after a word, or 'and')"),
    Case(
      "themes-unknown-key.yaml", as: themes,
      "{path}: line 2: theme 'sports': unknown key 'colour' (use words, hashtags or terms)"),
    Case(
      "themes-number.toml", as: themes,
      "{path}: line 2: expected a string or a list of strings (numbers, tables and dates are "
        + "not read)"),
    Case(
      "themes-unclosed-string.toml", as: themes,
      "{path}: line 1: a string is not closed on its line"),
    Case(
      "themes-bad-json.json", as: themes,
      "{path}: line 2, column 1: did not find expected ',' or ']'"),
    Case(
      "themes-same-name.yaml", as: themes,
      "{path}: theme 'sports': two themes are named 'sports'; give each theme its own name"),
    Case("themes-empty.yaml", as: themes, "{path}: the file is empty"),
    Case(
      "themes-nested-list.yaml", as: themes,
      "{path}: line 2: expected a word or hashtag, found a list or mapping"),
  ]
}
