import FollowModel
import Foundation

/// Follower and following lists of X saved by browser exporters or the X API v2:
/// twitter-web-exporter's JSON (an array of users) or CSV, and API v2 pages
/// `{data: [users], meta: {next_token}}` (one per file, or one per line).
///
/// Each user is stored with the audience counts the file carries (followers, following,
/// posts, listed), so `famous` works without paid API access. With `--relation followers|
/// following` (or a file name that says which) and the list owner's numeric id (`--owner
/// x:ID` or `--of x:ID`), the users also become the owner's followers or followings; without
/// them only the accounts are stored, with a warning. Pages of one list given in one run are
/// merged; a list whose last page (no `next_token`) is missing is kept but not recorded as
/// the owner's whole list.
public enum XFollowListFormat: PagedExportFormat {
  public static let name = "x-follow-list"
  public static let summary =
    "X follower/following lists from twitter-web-exporter (JSON/CSV) or X API v2 pages; "
    + "--relation and --owner x:ID"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind else { return false }
    let head = String(decoding: source.head(), as: UTF8.self)
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if start.hasPrefix("[") {
      return head.contains("\"screen_name\"") && head.contains("\"friends_count\"")
    }
    if start.hasPrefix("{") {
      let firstKey = start.dropFirst().drop { $0.isWhitespace }
      return firstKey.hasPrefix("\"data\"")
        && (head.contains("\"result_count\"") || head.contains("\"next_token\""))
        && head.contains("\"username\"") && !head.contains("\"__twarc\"")
        && !head.contains("\"author_id\"")
    }
    guard let line = start.split(separator: "\n", maxSplits: 1).first else { return false }
    return XFollowListCSV.isHeader(EdgeListFormat.splitCSVHeader(String(line)))
  }

  public static func parsePage(_ source: ImportSource, context: ParseContext) throws -> ListPage {
    let data = try source.readAll()
    var body = data[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    var users: [(location: String, user: XListUser)] = []
    var isLast = true
    switch first {
    case UInt8(ascii: "["):
      let list = try JSONDocument.decode(
        [XListUser].self, from: Data(body), path: source.path, limits: context.limits)
      users = list.enumerated().map { ("record \($0.offset + 1)", $0.element) }
    case UInt8(ascii: "{"):
      (users, isLast) = try readPages(Data(body), path: source.path, limits: context.limits)
    default:
      var reader = XFollowListCSV(path: source.path)
      var tokenizer = CSVTokenizer(path: source.path, maxRecordBytes: context.limits.maxLineBytes)
      var records = 0
      let handle: (CSVRecord) throws -> Void = { record in
        records += 1
        try context.limits.checkRecords(records, path: source.path)
        try reader.add(record)
      }
      try Data(body).withUnsafeBytes { try tokenizer.feed($0, handle) }
      try tokenizer.finish(handle)
      users = reader.users.map { ("line \($0.line)", $0.user) }
    }
    return try page(users: users, isLast: isLast, source: source, context: context)
  }

  /// Reads one API page, or JSONL of pages; the list is complete when the last page has no
  /// `next_token`.
  private static func readPages(_ data: Data, path: String, limits: ImportLimits) throws
    -> ([(String, XListUser)], Bool)
  {
    var splitter = LineSplitter(
      path: path, maxLineBytes: limits.maxJSONLLineBytes, option: "--max-jsonl-line-length",
      limitName: "JSONL line length limit")
    var pages: [(line: Int, page: XUserPage)] = []
    var lines: [(Int, Data)] = []
    func collect(_ bytes: UnsafeRawBufferPointer, _ number: Int) throws {
      guard bytes.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return }
      lines.append((number, Data(bytes)))
    }
    // A pretty-printed page spans many lines: read the file whole when it does not parse
    // line by line.
    try data.withUnsafeBytes { try splitter.feed($0, collect) }
    try splitter.finish(collect)
    let firstLine = lines.first.map { String(decoding: $0.1, as: UTF8.self) } ?? ""
    if lines.count > 1, firstLine.trimmingCharacters(in: .whitespaces) != "{",
      (try? JSONDocument.decode(XUserPage.self, from: lines[0].1, path: path, limits: limits))
        != nil
    {
      for (number, line) in lines {
        try limits.checkRecords(pages.count + 1, path: path)
        do {
          let page = try JSONDocument.decode(XUserPage.self, from: line, path: path, limits: limits)
          pages.append((number, page))
        } catch ImportError.malformed(_, let location, let reason) {
          throw ImportError.malformed(
            path: path, location: "line \(number)" + (location.map { " \($0)" } ?? ""),
            reason: reason)
        }
      }
    } else {
      pages = [(1, try JSONDocument.decode(XUserPage.self, from: data, path: path, limits: limits))]
    }
    var users: [(String, XListUser)] = []
    for (number, page) in pages {
      for (index, user) in (page.data ?? []).enumerated() {
        let location = pages.count > 1 ? "line \(number) user \(index + 1)" : "user \(index + 1)"
        users.append((location, user))
      }
    }
    let isLast = pages.last?.page.meta?.next_token?.isEmpty ?? true
    return (users, isLast)
  }
}
