import FollowModel
import Foundation

/// A plain CSV of accounts with a header, so any source can feed audience sizes.
///
/// Recognised columns (see ``AccountsCSVHeader``): an `id` (or, for networks whose handles
/// are ids, `username`/`handle`), `followers_count`, `following_count`,
/// `posts_count`/`statuses_count`/`tweet_count`, `listed_count`, `verified`, `bot`, `name`,
/// `created_at`; twarc-csv's `public_metrics.*` names too. Other columns are ignored with one
/// warning. Accounts join the network given with `--network`. Counts must be whole numbers of
/// 0 or more and flags `true`/`false`/`1`/`0`/`yes`/`no`; an empty cell is unknown.
public enum AccountsCSVFormat: ExportFormat {
  public static let name = "accounts-csv"
  public static let summary =
    "CSV of accounts with audience counts (header: " + AccountsCSVHeader.accepted
    + "); takes --network"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind,
      let line = EdgeListFormat.firstDataLine(source.head()), line.contains(",")
    else { return false }
    let header = EdgeListFormat.splitCSVHeader(line)
    guard EdgeListHeader.columns(in: header) == nil else { return false }
    return AccountsCSVHeader(header)?.hasCounts == true
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    var reader = AccountsCSVReader(path: source.path, network: context.network)
    var tokenizer = CSVTokenizer(path: source.path, maxRecordBytes: context.limits.maxLineBytes)
    var atStart = true
    let total = source.fileSize ?? 0
    try source.streamChunks(chunkSize: context.chunkSize) { chunk, done in
      var bytes = chunk
      if atStart {
        atStart = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
          bytes = UnsafeRawBufferPointer(rebasing: bytes[3...])
        }
      }
      try tokenizer.feed(bytes) { record in
        try reader.add(record, maxRecords: context.limits.maxRecords)
      }
      context.progress?(done, total)
    }
    try tokenizer.finish { record in try reader.add(record, maxRecords: context.limits.maxRecords) }
    return try reader.finish()
  }
}
