import FollowImport

extension MalformedCorpusTests {
  /// Broken X/Twitter archives (folders holding `data/*.js`).
  static let xArchiveCases: [Case] = [
    Case(
      "truncated",
      "{path}:data/account.js: not valid JSON (The given data was not valid JSON.)"),
    Case(
      "noprefix",
      "{path}:data/account.js: line 1: expected the archive's 'window.YTD.<name>.partN = ' "
        + "prefix before the JSON"),
    Case("invalid-utf8", "{path}:data/account.js: line 4: invalid UTF-8 at byte 65"),
    Case("x-empty-account", "{path}:data/account.js: the file is empty"),
    Case("x-account-no-entry", "{path}:data/account.js: no account entry with an accountId"),
    Case(
      "x-account-id-number",
      "{path}:data/account.js: record 1 (account.accountId): expected String: Expected to "
        + "decode String but found number instead."),
    Case(
      "x-follower-missing-key",
      "{path}:data/follower.js: record 2 (follower): missing key 'accountId'"),
    Case(
      "x-following-object",
      "{path}:data/following.js: expected Array<Any>: Expected to decode Array<Any> but "
        + "found a dictionary instead."),
    Case(
      "x-deep-nesting",
      "{path}:data/following.js: JSON nesting depth limit at line 1 exceeded (deeper than "
        + "100); raise it with --max-json-depth if the file is genuine"),
    Case("x-tweet-no-id", "{path}:data/tweets.js: record 1: tweet without id_str"),
    Case(
      "x-tweet-bad-date",
      "{path}:data/tweets.js: record 1: created_at 'yesterday' is not 'EEE MMM dd HH:mm:ss "
        + "Z yyyy'"),
    Case("x-tweet-no-date", "{path}:data/tweets.js: record 1 (tweet): missing key 'created_at'"),
    Case(
      "x-tweet-escape-in-date",
      "{path}:data/tweets.js: record 1: created_at '\\u{1B}[2J\\u{1B}[31mnow\\u{202E}' is "
        + "not 'EEE MMM dd HH:mm:ss Z yyyy'"),
    Case(
      "x-manifest-truncated",
      "{path}:data/manifest.js: not valid JSON (The given data was not valid JSON.)"),
    Case("x-bom-and-spaces", "{path}:data/account.js: the file is empty"),
    Case(
      "x-trailing-garbage",
      "{path}:data/account.js: not valid JSON (The given data was not valid JSON.)"),
    Case(
      "x-too-many-records", as: x, limits: ImportLimits(maxRecords: 4),
      "{path}:data/following.js: record limit exceeded (more than 4 records); raise it "
        + "with --max-records if the file is genuine"),
    Case(
      "x-no-account",
      "{path}: the archive has no data/account.js, so it does not say whose it is (give "
        + "the numeric account id, e.g. --owner x:12345); name the owner with --owner"),
    Case(
      "x-nul-in-json",
      "{path}:data/account.js: not valid JSON (The given data was not valid JSON.)"),
    Case(
      "x-wrong-assignment", as: x,
      "{path}:data/account.js: line 1: expected the archive's 'window.YTD.<name>.partN = ' "
        + "prefix before the JSON"),
  ]

  /// Broken whitespace-separated edge lists.
  static let edgeListCases: [Case] = [
    Case("empty.txt", "{path}: format not recognised (the file is empty); name it with --format"),
    Case(
      "one-column.txt", as: edges,
      "{path}: line 1: expected two columns 'follower followed', found one"),
    Case("invalid-utf8-edges.txt", "{path}: line 2: follower id is not valid UTF-8"),
    Case("comments-only.txt", as: edges, "{path}: the file holds no follows (only comments)"),
    Case("blank-lines-only.txt", as: edges, "{path}: the file holds no follows (only comments)"),
    Case(
      "long-line.txt", limits: ImportLimits(maxLineBytes: 32),
      "{path}: line length limit at line 2 exceeded (44 bytes > 32); raise it with "
        + "--max-line-length if the file is genuine"),
    Case(
      "too-many-edges.txt", limits: ImportLimits(maxRecords: 2),
      "{path}: record limit exceeded (more than 2 follows); raise it with --max-records if "
        + "the file is genuine"),
    Case(
      "bom-one-column.txt", as: edges,
      "{path}: line 1: expected two columns 'follower followed', found one"),
  ]

  /// Broken CSV edge lists.
  static let csvCases: [Case] = [
    Case(
      "unclosed-quote.csv", as: edges,
      "{path}: line 3: a quoted field is never closed before the end of the file"),
    Case(
      "unknown-header.csv", as: edges,
      "{path}: line 1: CSV header from_user,to_user names no follower and followed "
        + "columns; expected one of follower,followed | following,followed | source,target | "
        + "follower_id,followee_id | from,to"),
    Case(
      "text-after-quote.csv",
      "{path}: line 2: unexpected character after a closing quote (quotes inside a quoted "
        + "field must be doubled)"),
    Case("short-row.csv", "{path}: line 3: expected at least 2 fields, found 1"),
    Case("empty-id.csv", "{path}: line 3: empty follower id"),
    Case("header-only.csv", "{path}: the file holds no follows"),
    Case("invalid-utf8-header.csv", as: edges, "{path}: line 1: field 1 is not valid UTF-8"),
    Case("invalid-utf8-id.csv", "{path}: line 2: follower id is not valid UTF-8"),
    Case(
      "commas-only.csv", limits: ImportLimits(maxLineBytes: 32),
      "{path}: line length limit at line 2 exceeded (more than 32 bytes); raise it with "
        + "--max-line-length if the file is genuine"),
    Case(
      "long-quoted-field.csv", limits: ImportLimits(maxLineBytes: 32),
      "{path}: line length limit at line 2 exceeded (more than 32 bytes); raise it with "
        + "--max-line-length if the file is genuine"),
    Case(
      "escape-in-header.csv", as: edges,
      "{path}: line 1: CSV header from\\u{1B}[2J\\u{202E}user,to_user names no follower "
        + "and followed columns; expected one of follower,followed | following,followed | "
        + "source,target | follower_id,followee_id | from,to"),
    Case(
      "quote-never-closed-at-start.csv", as: edges,
      "{path}: line 1: a quoted field is never closed before the end of the file"),
  ]

  /// Broken zip archives.
  static let zipCases: [Case] = [
    // The first fuzz-zip finding, kept as found: its local header names another member.
    Case(
      "deflate-runs-past-member.zip",
      "{path}:data/following.js: not a readable zip member (the local header and the central "
        + "directory disagree on the name)"),
    Case(
      "unterminated-deflate.zip",
      "{path}:data/account.js: cannot decompress the member (the deflate stream does not end "
        + "within the member's compressed bytes)"),
    Case(
      "not-a-zip.zip",
      "{path}: not a readable zip archive (no end of central directory record)"),
    Case(
      "truncated.zip",
      "{path}: not a readable zip archive (no end of central directory record)"),
    Case("crc-mismatch.zip", "{path}:data/account.js: the member is corrupt (CRC-32 mismatch)"),
    Case(
      "corrupt-deflate.zip",
      "{path}:data/account.js: compressed byte 1: not valid deflate data (invalid block type)"),
    // Issue 18: the local header must agree with the central directory.
    Case(
      "method-disagrees.zip",
      "{path}:data/tweets.js: not a readable zip member (the local header and the central "
        + "directory disagree on the compression method (8 against 0))"),
    Case(
      "name-disagrees.zip",
      "{path}:data/account.js: not a readable zip member (the local header and the central "
        + "directory disagree on the name)"),
    Case(
      "size-disagrees.zip",
      "{path}:data/account.js: not a readable zip member (the local header and the central "
        + "directory disagree on the compressed size (107 against 100))"),
    Case(
      "flags-disagree.zip",
      "{path}:data/account.js: not a readable zip member (the local header and the central "
        + "directory disagree on the flags (0x8 against 0x0))"),
    Case("encrypted.zip", "{path}:data/account.js: cannot read: the member is encrypted"),
    Case(
      "unsupported-method.zip",
      "{path}:data/account.js: cannot read: compression method 12 is not supported (only "
        + "stored and deflated)"),
    Case(
      "bomb.zip", limits: ImportLimits(maxDecompressedBytes: 1 << 20),
      "{path}:data/account.js: decompressed size limit exceeded (4194304 bytes > 1048576); "
        + "raise it with --max-decompressed-size if the file is genuine"),
    Case(
      "empty-archive.zip",
      "{path}: format not recognised (the folder or archive is empty); name it with "
        + "--format"),
    Case(
      "no-export-inside.zip",
      "{path}: format not recognised (it holds notes/readme.txt…); name it with --format"),
  ]
}
