import FollowModel
import Foundation

/// Posts from any source as CSV: a header naming at least `author`, `created_at` and `text`,
/// optionally `id`, `lang` and `network`; other columns are ignored (with one warning).
///
/// - `author`: the account's id in its network (an X numeric id, a Mastodon `user@host`, a
///   Bluesky DID) or any stable name; a leading `@` is dropped and the name is also recorded
///   as the account's handle.
/// - `created_at`: ISO 8601 (`2024-01-31`, `2024-01-31T12:00:00Z`, with an offset or
///   fractional seconds), the X format `Wed Jan 31 12:00:00 +0000 2024`, or Unix seconds.
/// - `id`: the post's id; when absent or empty, a stable id is derived from author, time and
///   text, so re-importing the same posts adds nothing.
/// - `network`: one network for the whole file; empty cells take the network other rows
///   name, else `--network`.
///
/// A post whose text starts with `RT @` is a repost. Hashtags, mentions and links found in
/// the text are stored with the post.
public enum PostsCSVFormat: ExportFormat {
  public static let name = "posts-csv"
  public static let summary =
    "posts as CSV with a header: author,created_at,text (optional: id, lang, network)"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind, let line = EdgeListFormat.firstDataLine(source.head()),
      line.contains(",")
    else { return false }
    return PostsCSVHeader(EdgeListFormat.splitCSVHeader(line)) != nil
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    var parser = PostsCSVParser(path: source.path, network: context.network, limits: context.limits)
    var tokenizer = CSVTokenizer(path: source.path, maxRecordBytes: context.limits.maxLineBytes)
    let total = source.fileSize ?? 0
    var atStart = true
    try source.streamChunks(chunkSize: context.chunkSize) { chunk, done in
      var chunk = chunk
      if atStart {
        atStart = false
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
          chunk = UnsafeRawBufferPointer(rebasing: chunk[3...])
        }
      }
      try tokenizer.feed(chunk) { record in try parser.add(record) }
      context.progress?(done, total)
    }
    try tokenizer.finish { record in try parser.add(record) }
    return try parser.finish()
  }
}

/// The column positions of a posts CSV header.
struct PostsCSVHeader {
  let author: Int
  let createdAt: Int
  let text: Int
  let id: Int?
  let language: Int?
  let network: Int?
  /// Names of columns that are not read.
  let ignored: [String]

  /// Finds the columns; `nil` when `author`, `created_at` or `text` is missing.
  init?(_ header: [String]) {
    let names = header.map { $0.trimmingASCIISpaces().lowercased() }
    guard let author = names.firstIndex(of: "author"),
      let createdAt = names.firstIndex(of: "created_at"), let text = names.firstIndex(of: "text")
    else { return nil }
    self.author = author
    self.createdAt = createdAt
    self.text = text
    id = names.firstIndex(of: "id")
    language = names.firstIndex(of: "lang")
    network = names.firstIndex(of: "network")
    let known: Set<String> = ["author", "created_at", "text", "id", "lang", "network"]
    ignored = header.filter { !known.contains($0.trimmingASCIISpaces().lowercased()) }
  }

  /// The number of fields a record needs.
  var width: Int { [author, createdAt, text, id ?? 0, language ?? 0, network ?? 0].max() ?? 0 }
}
