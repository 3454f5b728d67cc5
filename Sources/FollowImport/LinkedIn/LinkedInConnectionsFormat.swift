import FollowModel
import Foundation

/// LinkedIn's `Connections.csv` (Settings → Data privacy → Get a copy of your data →
/// Connections), alone or inside the data export's `.zip` or folder.
///
/// Connections are mutual, so each is stored as a follow in both directions between the owner
/// and the member, dated by `Connected On`. Members are keyed by their profile URL
/// (`https://www.linkedin.com/in/<slug>`, the slug kept as the handle); without a URL (2018
/// exports) by name, with a warning that two members of the same name would be one. Rows with
/// neither (members who hide their data) are counted and skipped. The file does not say whose
/// it is: the owner comes from `--owner` (`@slug` or the profile URL).
public enum LinkedInConnectionsFormat: ExportFormat {
  public static let name = "linkedin-connections"
  public static let summary =
    "LinkedIn Connections.csv (alone, or in the export's .zip or folder; owner from --owner "
    + "@profile-slug)"

  public static func detect(_ source: ImportSource) -> Bool {
    switch source.kind {
    case .tree(let tree):
      return member(in: tree.paths) != nil
    case .file:
      var head = source.head(8 << 10)[...]
      if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
      let lines = String(decoding: head, as: UTF8.self).split(
        separator: "\n", maxSplits: 8, omittingEmptySubsequences: true)
      guard let first = lines.first else { return false }
      let header =
        first.hasPrefix("Notes:")
        ? lines.dropFirst().first { $0.hasPrefix("First Name") }
        : (first.hasPrefix("First Name") ? first : nil)
      guard let header else { return false }
      return LinkedInConnectionsReader.isHeader(EdgeListFormat.splitCSVHeader(String(header)))
    }
  }

  /// `Connections.csv` in a tree (at its top or one folder down).
  static func member(in paths: [String]) -> String? {
    paths.filter { path in
      path.split(separator: "/").last?.lowercased() == "connections.csv"
        && path.split(separator: "/").count <= 2
    }.min { $0.count < $1.count }
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    let owner = try ownerID(source, context: context)
    var display = source.path
    var reader: LinkedInConnectionsReader
    var tokenizer: CSVTokenizer
    var records = 0
    func handle(_ record: CSVRecord) throws {
      records += 1
      try context.limits.checkRecords(records, path: display)
      try reader.add(record)
    }
    var unknown: [String] = []
    switch source.kind {
    case .tree(let tree):
      guard let member = member(in: tree.paths) else {
        throw ImportError.malformed(
          path: source.path, location: nil, reason: "no Connections.csv in the export")
      }
      display = "\(source.path):\(member)"
      reader = LinkedInConnectionsReader(path: display)
      tokenizer = CSVTokenizer(path: display, maxRecordBytes: context.limits.maxLineBytes)
      var data = try source.readMember(member)
      if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
      try data.withUnsafeBytes { try tokenizer.feed($0, handle) }
      unknown = tree.paths.filter { $0 != member && $0.lowercased().hasSuffix(".csv") }
    case .file:
      reader = LinkedInConnectionsReader(path: display)
      tokenizer = CSVTokenizer(path: display, maxRecordBytes: context.limits.maxLineBytes)
      var atStart = true
      let total = source.fileSize ?? 0
      try source.streamChunks(chunkSize: context.chunkSize) { chunk, done in
        var bytes = chunk
        if atStart {
          atStart = false
          if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3))
          }
        }
        try tokenizer.feed(bytes, handle)
        context.progress?(done, total)
      }
    }
    try tokenizer.finish(handle)
    guard reader.sawHeader else {
      throw ImportError.malformed(
        path: display, location: nil,
        reason: "no header 'First Name,Last Name,…'; this is not LinkedIn's Connections.csv")
    }
    return batch(reader, owner: owner, path: display, unknown: unknown)
  }

  private static func batch(
    _ reader: LinkedInConnectionsReader, owner: Account, path: String, unknown: [String]
  ) -> ImportBatch {
    var builder = FollowTableBuilder(network: .linkedin)
    let ownerIndex = builder.index(of: owner.id.value)
    var accounts: [String: Account] = [:]
    var created: [Follow: Date] = [:]
    for member in reader.members {
      let index = builder.index(of: member.nativeID)
      builder.add(follower: ownerIndex, followed: index)
      builder.add(follower: index, followed: ownerIndex)
      let id = AccountID(network: .linkedin, value: member.nativeID)
      if accounts[member.nativeID] == nil {
        accounts[member.nativeID] = Account(
          id: id, handle: member.handle, displayName: member.displayName)
      }
      if let date = member.connectedOn, id != owner.id {
        for follow in [
          Follow(follower: owner.id, followed: id), Follow(follower: id, followed: owner.id),
        ] {
          created[follow] = min(created[follow] ?? date, date)
        }
      }
    }
    var warnings: [ImportWarning] = []
    if reader.blank > 0 {
      warnings.append(
        ImportWarning(
          location: path,
          message: "\(reader.blank) rows without a name or profile URL (members who hide "
            + "their data) were skipped"))
    }
    if reader.keyedByName > 0 {
      warnings.append(
        ImportWarning(
          location: path,
          message: "\(reader.keyedByName) members have no profile URL and are keyed by name: "
            + "two members with the same name count as one"))
    }
    if reader.undated > 0, let example = reader.undatedExample {
      warnings.append(
        ImportWarning(
          location: path,
          message: "\(reader.undated) 'Connected On' dates not understood (such as "
            + "'\(example)'); those connections are kept without their date"))
    }
    let (table, duplicates) = builder.build()
    return ImportBatch(
      network: .linkedin, format: name,
      owner: ExportOwner(account: owner, listsFollowing: true, listsFollowers: true),
      follows: table, accounts: accounts.values.sorted { $0.id < $1.id },
      counts: ImportCounts(
        records: reader.rows, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings, unknownFiles: unknown, followCreatedAt: created)
  }

  /// The owner from `--owner`: `@slug`, `slug`, `linkedin:…` or a profile URL.
  private static func ownerID(_ source: ImportSource, context: ParseContext) throws -> Account {
    let text: String
    switch context.owner {
    case .handle(let slug)?:
      text = "https://www.linkedin.com/in/" + slug
    case .id(let value, let network)?
    where network == nil || network == .linkedin || value.contains("linkedin.com/in/"):
      text = value.contains("/") ? value : "https://www.linkedin.com/in/" + value
    default:
      throw ImportError.ownerRequired(
        path: source.path,
        reason: "LinkedIn's Connections.csv does not say whose it is (give --owner "
          + "@your-profile-slug, the part after linkedin.com/in/)")
    }
    let normalised =
      text.hasPrefix("http") || text.hasPrefix("www.") || text.hasPrefix("linkedin")
      ? text : "https://" + text
    guard let url = LinkedInConnectionsReader.profileURL(normalised) else {
      throw ImportError.ownerRequired(path: source.path, reason: "the --owner value is empty")
    }
    return Account(id: AccountID(network: .linkedin, value: url.id), handle: url.slug)
  }
}
