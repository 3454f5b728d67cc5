import FollowModel
import Foundation

/// The record-by-record reader behind ``AccountsCSVFormat``.
struct AccountsCSVReader {
  let path: String
  let network: Network
  private var header: AccountsCSVHeader?
  private var accounts: [String: Account] = [:]
  private var records = 0
  private var duplicates = 0
  private var firstDuplicate = 0
  private var badDates = 0
  private var firstBadDate = 0

  init(path: String, network: Network) {
    self.path = path
    self.network = network
  }

  /// Reads one CSV record: the header first, then one account per record.
  mutating func add(_ record: CSVRecord, maxRecords: Int) throws {
    if record.isBlank { return }
    guard let header else {
      let names = try record.strings()
      guard let found = AccountsCSVHeader(names) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "CSV header '\(names.joined(separator: ","))' is not an accounts header: "
            + "it needs an id or username/handle column and at least one more of "
            + AccountsCSVHeader.accepted)
      }
      if found.columns[.id] == nil && network == .x {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "X accounts are keyed by numeric id, and this header has no id column "
            + "(twarc-csv writes one)")
      }
      header = found
      return
    }
    records += 1
    if records > maxRecords {
      throw ImportError.limitExceeded(
        path: path, limit: "record limit", value: "more than \(maxRecords) accounts",
        option: "--max-records")
    }
    guard record.count <= header.width else {
      throw ImportError.malformed(
        path: path, location: "line \(record.line)",
        reason: "\(record.count) fields, but the header has \(header.width)")
    }
    func cell(_ field: AccountsCSVHeader.Field) throws -> String? {
      guard let index = header.columns[field], index < record.count else { return nil }
      let text = try record.string(index).trimmingASCIISpaces()
      return text.isEmpty ? nil : text
    }
    func count(_ field: AccountsCSVHeader.Field) throws -> Int? {
      guard let text = try cell(field) else { return nil }
      guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "\(columnName(field)) '\(text)' is not a count (a whole number of 0 or more)")
      }
      return value
    }
    func flag(_ field: AccountsCSVHeader.Field) throws -> Bool? {
      guard let text = try cell(field) else { return nil }
      switch text.lowercased() {
      case "true", "t", "1", "yes", "y": return true
      case "false", "f", "0", "no", "n": return false
      default:
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "\(columnName(field)) '\(text)' is not true or false")
      }
    }
    let handle = try cell(.handle).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
    let key: String
    if header.columns[.id] != nil {
      guard let id = try cell(.id) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)", reason: "empty \(columnName(.id))")
      }
      key = id
    } else {
      guard let handle else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)", reason: "empty \(columnName(.handle))")
      }
      key = Self.canonicalHandleID(handle, network: network)
    }
    var createdAt: Date?
    if let text = try cell(.createdAt) {
      createdAt = UTCTime.parse(text) ?? TwitterDate.parse(text)
      if createdAt == nil {
        if badDates == 0 { firstBadDate = record.line }
        badDates += 1
      }
    }
    let account = Account(
      id: AccountID(network: network, value: key), handle: handle,
      displayName: try cell(.displayName), followersCount: try count(.followers),
      followingCount: try count(.following), postsCount: try count(.posts),
      listedCount: try count(.listed), isVerified: try flag(.verified), isBot: try flag(.bot),
      createdAt: createdAt)
    if accounts.updateValue(account, forKey: key) != nil {
      if duplicates == 0 { firstDuplicate = record.line }
      duplicates += 1
    }
  }

  /// The batch of accounts read.
  mutating func finish() throws -> ImportBatch {
    guard let header else {
      throw ImportError.malformed(path: path, location: nil, reason: "the file is empty")
    }
    var warnings: [ImportWarning] = []
    if !header.ignored.isEmpty {
      warnings.append(
        ImportWarning(
          location: "\(path) line 1",
          message: "columns not read: \(header.ignored.joined(separator: ", "))"))
    }
    if duplicates > 0 {
      warnings.append(
        ImportWarning(
          location: "\(path) line \(firstDuplicate)",
          message: "\(duplicates) account\(duplicates == 1 ? "" : "s") listed again; the last "
            + "row of each was kept"))
    }
    if badDates > 0 {
      warnings.append(
        ImportWarning(
          location: "\(path) line \(firstBadDate)",
          message: "\(badDates) created_at value\(badDates == 1 ? " is" : "s are") not a date; "
            + "left empty"))
    }
    if accounts.isEmpty {
      warnings.append(ImportWarning(location: path, message: "the file lists no accounts"))
    }
    return ImportBatch(
      network: network, format: AccountsCSVFormat.name,
      accounts: accounts.keys.sorted(by: NativeIDOrder.areInIncreasingOrder).compactMap {
        accounts[$0]
      },
      counts: ImportCounts(records: records), warnings: warnings)
  }

  /// The header's name for a field, for messages.
  private func columnName(_ field: AccountsCSVHeader.Field) -> String {
    switch field {
    case .followers: "followers_count"
    case .following: "following_count"
    case .posts: "posts_count"
    case .listed: "listed_count"
    case .createdAt: "created_at"
    case .displayName: "name"
    case .handle: "username"
    default: field.rawValue
    }
  }

  /// The account id a handle stands for when the CSV has no id column: a Mastodon
  /// `user@host` with the host lower-cased, otherwise the handle as written.
  static func canonicalHandleID(_ handle: String, network: Network) -> String {
    guard network == .mastodon, let at = handle.firstIndex(of: "@") else { return handle }
    return AccountSelector.mastodonID(
      user: handle[..<at], host: handle[handle.index(after: at)...])
  }
}
