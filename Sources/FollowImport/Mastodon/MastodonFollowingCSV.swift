import FollowModel
import Foundation

/// Reads Mastodon's `following_accounts.csv` (Settings → Import and export): a header
/// `Account address,Show boosts,Notify on new posts,Languages` (older servers write only the
/// first two columns), then one followed account per row.
struct MastodonFollowingCSV {
  /// The header's first column, which identifies the file.
  static let addressColumn = "account address"

  private var tokenizer: CSVTokenizer
  private let path: String
  private let localDomain: String?
  private let maxRecords: Int
  private var column: Int?
  /// The followed accounts, canonical `user@host`, in file order (duplicates kept).
  private(set) var addresses: [String] = []
  /// Data rows read.
  private(set) var rows = 0
  private var invalid = 0
  private var firstInvalid: String?

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - path: The file, for messages.
  ///   - localDomain: The owner's server, for rows written without a host.
  ///   - limits: The caps: the longest record (`--max-line-length`) and the most rows
  ///     (`--max-records`).
  init(path: String, localDomain: String?, limits: ImportLimits) {
    self.path = path
    self.localDomain = localDomain
    maxRecords = limits.maxRecords
    tokenizer = CSVTokenizer(path: path, maxRecordBytes: limits.maxLineBytes)
  }

  /// Whether `head` starts with the following export's header.
  static func hasHeader(_ head: Data) -> Bool {
    var bytes = head[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let line = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
    let first = line.split(separator: ",", maxSplits: 1).first.map(String.init) ?? ""
    return first.trimmingCharacters(in: .whitespaces).trimmingCharacters(
      in: CharacterSet(charactersIn: "\"\u{FEFF}\r")
    ).lowercased() == addressColumn
  }

  /// Reads a chunk of the file.
  ///
  /// - Parameter chunk: The next bytes.
  /// - Throws: ``ImportError`` on malformed CSV, a missing address column or more rows than
  ///   `--max-records`.
  mutating func feed(_ chunk: UnsafeRawBufferPointer) throws {
    var tokenizer = self.tokenizer
    defer { self.tokenizer = tokenizer }
    try tokenizer.feed(chunk) { try self.record($0) }
  }

  /// Completes the file.
  ///
  /// - Returns: Warnings about rows that hold no account address.
  /// - Throws: ``ImportError`` when the file has no header or ends inside a quoted field.
  mutating func finish() throws -> [ImportWarning] {
    var tokenizer = self.tokenizer
    defer { self.tokenizer = tokenizer }
    try tokenizer.finish { try self.record($0) }
    guard column != nil else {
      throw ImportError.malformed(
        path: path, location: "line 1", reason: "the file is empty (no 'Account address' header)")
    }
    guard invalid > 0, let firstInvalid else { return [] }
    return [
      ImportWarning(
        location: path,
        message: "\(invalid) rows hold no user@host account address and were skipped "
          + "(first: \(firstInvalid))")
    ]
  }

  private mutating func record(_ record: CSVRecord) throws {
    if record.isBlank { return }
    guard let column else {
      let header = try record.strings().map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{FEFF}")).lowercased()
      }
      guard let index = header.firstIndex(of: Self.addressColumn) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "expected the header 'Account address,Show boosts,…' of a Mastodon "
            + "following export")
      }
      self.column = index
      return
    }
    rows += 1
    guard rows <= maxRecords else {
      throw ImportError.limitExceeded(
        path: path, limit: "record limit", value: "more than \(maxRecords) rows",
        option: "--max-records")
    }
    let text = column < record.count ? try record.string(column) : ""
    guard let address = MastodonAddress.canonical(text, localDomain: localDomain) else {
      invalid += 1
      if firstInvalid == nil { firstInvalid = "line \(record.line): '\(text)'" }
      return
    }
    addresses.append(address)
  }
}
