import Crypto
import FollowModel
import Foundation

/// Reads the records of a posts CSV into posts; see ``PostsCSVFormat``.
struct PostsCSVParser {
  private let path: String
  private let defaultNetwork: Network
  private let limits: ImportLimits
  private var header: PostsCSVHeader?
  /// The first network a row names, and where.
  private var network: (value: Network, line: Int)?
  /// Posts read so far; their network is settled when the file ends.
  private var rows: [Row] = []
  private var seen: Set<String> = []
  private var duplicates: [(line: Int, id: String)] = []
  private var blankLines = 0
  private var records = 0

  /// A post whose network is not settled yet.
  private struct Row {
    var author: String
    var handle: String?
    var post: Post
  }

  init(path: String, network: Network, limits: ImportLimits) {
    self.path = path
    defaultNetwork = network
    self.limits = limits
  }

  /// Reads one record: the header first, then posts.
  mutating func add(_ record: CSVRecord) throws {
    if record.isBlank {
      blankLines += 1
      return
    }
    guard let header else {
      let names = try record.strings()
      guard let found = PostsCSVHeader(names) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "the header \(names.joined(separator: ",")) lacks author, created_at or text")
      }
      header = found
      return
    }
    records += 1
    if records > limits.maxRecords {
      throw ImportError.limitExceeded(
        path: path, limit: "record limit", value: "more than \(limits.maxRecords) posts",
        option: "--max-records")
    }
    guard record.count > header.width else {
      throw ImportError.malformed(
        path: path, location: "line \(record.line)",
        reason: "expected \(header.width + 1) fields as in the header, found \(record.count)")
    }
    try noteNetwork(record, header: header)
    let (author, handle) = try authorID(record.string(header.author), line: record.line)
    let createdText = try record.string(header.createdAt).trimmingASCIISpaces()
    guard let createdAt = Self.parseDate(createdText) else {
      throw ImportError.malformed(
        path: path, location: "line \(record.line)",
        reason: "created_at '\(createdText)' is not a date; use ISO 8601 such as "
          + "2024-01-31T12:00:00Z, the X format or Unix seconds")
    }
    let text = try record.string(header.text)
    var id = try header.id.map { try record.string($0).trimmingASCIISpaces() } ?? ""
    if id.isEmpty { id = Self.derivedID(author: author, createdAt: createdText, text: text) }
    guard seen.insert(id).inserted else {
      duplicates.append((record.line, id))
      return
    }
    let language = try header.language.map { try record.string($0).trimmingASCIISpaces() }
    let entities = PostTextEntities(text)
    rows.append(
      Row(
        author: author, handle: handle,
        post: Post(
          id: id, author: AccountID(network: defaultNetwork, value: author), createdAt: createdAt,
          text: text, language: language?.isEmpty == false ? language : nil,
          isRepost: text.hasPrefix("RT @"), hashtags: entities.hashtags,
          mentions: entities.mentions, urls: entities.urls)))
  }

  /// Checks a record's `network` cell: empty cells take the file's network; every named
  /// network must be the same.
  private mutating func noteNetwork(_ record: CSVRecord, header: PostsCSVHeader) throws {
    guard let column = header.network else { return }
    let cell = try record.string(column).trimmingASCIISpaces()
    guard !cell.isEmpty else { return }
    guard Network.isValidName(cell) else {
      throw ImportError.malformed(
        path: path, location: "line \(record.line)", reason: "'\(cell)' is not a network name")
    }
    let value = Network(rawValue: cell)
    if let first = network, first.value != value {
      throw ImportError.malformed(
        path: path, location: "line \(record.line)",
        reason: "network '\(value)' differs from '\(first.value)' on line \(first.line); "
          + "one file holds one network, so split it by network")
    }
    if network == nil { network = (value, record.line) }
  }

  /// The author's id, trimmed, and the handle when the cell starts with `@`.
  private func authorID(_ raw: String, line: Int) throws -> (String, String?) {
    var author = raw.trimmingASCIISpaces()
    var handle: String?
    if author.hasPrefix("@") {
      author.removeFirst()
      handle = author
    }
    guard !author.isEmpty else {
      throw ImportError.malformed(path: path, location: "line \(line)", reason: "empty author")
    }
    return (author, handle)
  }

  /// Finishes the file.
  mutating func finish() throws -> ImportBatch {
    guard header != nil else {
      throw ImportError.malformed(path: path, location: nil, reason: "the file is empty")
    }
    let batchNetwork = network?.value ?? defaultNetwork
    var posts: [Post] = []
    var handles: [String: String] = [:]
    for row in rows {
      var post = row.post
      var author = row.author
      var handle = row.handle
      // Mastodon ids are user@host with the host lower-cased; a handle is not an id there.
      if batchNetwork == .mastodon, let at = author.firstIndex(of: "@") {
        author = AccountSelector.mastodonID(
          user: author[..<at], host: author[author.index(after: at)...])
        handle = nil
      }
      post.author = AccountID(network: batchNetwork, value: author)
      posts.append(post)
      if let handle { handles[author] = handle }
    }
    var warnings: [ImportWarning] = []
    if let first = duplicates.first {
      warnings.append(
        ImportWarning(
          location: "\(path) line \(first.line)",
          message: "\(duplicates.count) post\(duplicates.count == 1 ? "" : "s") repeat an "
            + "earlier id (first: \(first.id)); later copies ignored"))
    }
    if blankLines > 0 {
      warnings.append(
        ImportWarning(
          location: path, message: "\(blankLines) blank line\(blankLines == 1 ? "" : "s") skipped"))
    }
    if let ignored = header?.ignored, !ignored.isEmpty {
      warnings.append(
        ImportWarning(
          location: "\(path) line 1",
          message: "columns not read: \(ignored.joined(separator: ", "))"))
    }
    let accounts = handles.keys.sorted().map { id in
      Account(id: AccountID(network: batchNetwork, value: id), handle: handles[id])
    }
    return ImportBatch(
      network: batchNetwork, format: PostsCSVFormat.name, accounts: accounts, posts: posts,
      counts: ImportCounts(records: records), warnings: warnings)
  }

  /// Parses ISO 8601, the X/Twitter format or Unix seconds.
  static func parseDate(_ text: String) -> Date? {
    if let date = UTCTime.parse(text) ?? TwitterDate.parse(text) { return date }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let seconds = Double(text)
    else { return nil }
    return Date(timeIntervalSince1970: seconds)
  }

  /// A stable id for a post without one: `sha256:` and the first 20 hex digits of the
  /// SHA-256 of author, time and text.
  static func derivedID(author: String, createdAt: String, text: String) -> String {
    let digest = SHA256.hash(data: Data("\(author)\u{0}\(createdAt)\u{0}\(text)".utf8))
    let hex = digest.map { byte in
      let digits = String(byte, radix: 16)
      return byte < 16 ? "0" + digits : digits
    }.joined()
    return "sha256:" + hex.prefix(20)
  }
}
