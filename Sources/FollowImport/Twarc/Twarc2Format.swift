import FollowModel
import Foundation

/// twarc2 JSONL: the output of `twarc2 search`, `timeline`, `users`, `followers`, … and of
/// `twarc2 flatten`.
///
/// Each line is one API response page (`data`, `includes.users`, `includes.tweets`, `meta`,
/// `__twarc`) or, in flattened files, one tweet or user object. Users come from `data` of
/// user pages, `includes.users` of tweet pages and the users flattened tweets embed; they
/// carry the audience counts (`public_metrics`). Tweets come from `data` and
/// `includes.tweets` and become posts. Pages fetched by `twarc2 followers ID` or
/// `twarc2 following ID` (seen in `__twarc.url`) also give follows. The observation time is
/// the latest `__twarc.retrieved_at`.
///
/// The file is streamed line by line. A line that is not JSON, a page without `data`, API
/// error entries and an empty file are counted warnings, not failures.
public enum Twarc2Format: ExportFormat {
  public static let name = "twarc2"
  public static let summary =
    "twarc2 JSONL (pages or flattened): users with public_metrics, tweets as posts"

  /// Detects a file whose first line is a JSON object with a twarc2 key (`__twarc`,
  /// `public_metrics`, `author_id`), or an empty `.jsonl`/`.json` file, which twarc2 writes
  /// when a query finds nothing (imported as a warning).
  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file(let url) = source.kind else { return false }
    var head = source.head()[...]
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
    guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
      return ["jsonl", "json"].contains(url.pathExtension.lowercased())
    }
    guard first == 0x7B else { return false }
    let text = String(decoding: head, as: UTF8.self)
    return text.contains("\"__twarc\"") || text.contains("\"public_metrics\"")
      || text.contains("\"author_id\"")
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    var reader = Twarc2Reader(path: source.path)
    let limits = context.limits
    // A page line is far longer than a CSV record: it has its own cap.
    var splitter = LineSplitter(
      path: source.path, maxLineBytes: limits.maxJSONLLineBytes,
      option: "--max-jsonl-line-length", limitName: "JSONL line length limit")
    let decoder = JSONDecoder()
    var nonBlank = 0
    func read(_ bytes: UnsafeRawBufferPointer, _ number: Int) throws {
      guard bytes.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return }
      nonBlank += 1
      if nonBlank > limits.maxRecords {
        throw ImportError.limitExceeded(
          path: source.path, limit: "record limit",
          value: "more than \(limits.maxRecords) lines", option: "--max-records")
      }
      try JSONNesting.check(
        bytes, maxDepth: limits.maxJSONDepth, path: source.path, firstLine: number)
      do {
        reader.add(try decoder.decode(TwarcLine.self, from: Data(bytes)), number: number)
      } catch {
        reader.warn(line: number, "not a JSON object (\(describe(error))); skipped")
      }
      // A page holds many objects: count them, not only lines.
      try limits.checkRecords(reader.records, path: source.path)
    }
    let total = source.fileSize ?? 0
    try source.streamChunks(chunkSize: context.chunkSize) { chunk, done in
      try splitter.feed(chunk, read)
      context.progress?(done, total)
    }
    try splitter.finish(read)
    if nonBlank > 0 && reader.jsonLines == 0 {
      throw ImportError.malformed(
        path: source.path, location: nil,
        reason: "no line is a JSON object; this is not twarc2 JSONL output")
    }
    var warnings = reader.allWarnings()
    if nonBlank == 0 {
      warnings.append(
        ImportWarning(location: source.path, message: "the file is empty; nothing to import"))
    }
    let follows = reader.follows()
    return ImportBatch(
      network: .x, format: name, observedAt: reader.latestRetrieval, follows: follows.table,
      accounts: accounts(reader), posts: reader.posts.values.sorted { $0.id < $1.id },
      counts: ImportCounts(
        records: reader.records, duplicateFollows: follows.duplicates,
        selfFollows: follows.selfFollows),
      warnings: warnings)
  }

  /// The users as account records, sorted by id.
  private static func accounts(_ reader: Twarc2Reader) -> [Account] {
    reader.users.keys.sorted(by: NativeIDOrder.areInIncreasingOrder).compactMap { id in
      guard let user = reader.users[id]?.user else { return nil }
      func count(_ value: TwarcCount?) -> Int? {
        if case .value(let number)? = value { return number }
        return nil
      }
      let metrics = user.public_metrics
      return Account(
        id: AccountID(network: .x, value: id), handle: user.username, displayName: user.name,
        followersCount: count(metrics?.followers_count),
        followingCount: count(metrics?.following_count), postsCount: count(metrics?.tweet_count),
        listedCount: count(metrics?.listed_count), isVerified: user.verified?.value,
        createdAt: user.created_at.flatMap(UTCTime.parse))
    }
  }

  /// A short reason for a line that failed to decode.
  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted: "invalid JSON"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "unexpected value at "
        + (context.codingPath.map(\.stringValue).joined(separator: ".").nilIfEmpty ?? "top level")
    case DecodingError.keyNotFound(let key, _): "missing key '\(key.stringValue)'"
    default: "invalid JSON"
    }
  }
}

extension String {
  /// `nil` for an empty string.
  fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
