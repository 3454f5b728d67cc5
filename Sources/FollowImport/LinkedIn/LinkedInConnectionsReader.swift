import FollowModel
import Foundation

/// Reads the rows of LinkedIn's `Connections.csv` record by record.
///
/// Since about 2020 the file opens with a preamble (`Notes:`, one quoted sentence about
/// e-mail addresses, a blank line) before the header `First Name,Last Name,URL,Email Address,
/// Company,Position,Connected On`; 2018 exports have no preamble and no `URL` column. Records
/// before the header are skipped (at most ``maxPreambleRecords``).
struct LinkedInConnectionsReader {
  /// One connection.
  struct Member {
    /// The native id: the profile URL normalised, else `name:First Last`.
    var nativeID: String
    /// The profile's slug (`linkedin.com/in/<slug>`), when there is a URL.
    var handle: String?
    /// `First Last`.
    var displayName: String?
    /// When the connection was made, when the date parses.
    var connectedOn: Date?
  }

  /// How many records may come before the header.
  static let maxPreambleRecords = 20

  private let path: String
  private var columns: [String: Int]?
  private var preamble = 0
  /// The members, in file order.
  private(set) var members: [Member] = []
  /// Data rows read (blank members included).
  private(set) var rows = 0
  /// Rows with neither a name nor a URL (members who hide their data).
  private(set) var blank = 0
  /// Rows without a URL, keyed by name.
  private(set) var keyedByName = 0
  /// Dates that did not parse, and one of them.
  private(set) var undated = 0
  private(set) var undatedExample: String?

  init(path: String) {
    self.path = path
  }

  /// Whether `fields` is the header row.
  static func isHeader(_ fields: [String]) -> Bool {
    let names = Set(fields.map { normalise($0) })
    return names.contains("first name") && names.contains("last name")
  }

  static func normalise(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased()
      .replacingOccurrences(of: "\u{FEFF}", with: "")
  }

  /// Reads one record.
  mutating func add(_ record: CSVRecord) throws {
    let fields = try record.strings()
    guard let columns else {
      if Self.isHeader(fields) {
        var found: [String: Int] = [:]
        for (index, name) in fields.enumerated() where found[Self.normalise(name)] == nil {
          found[Self.normalise(name)] = index
        }
        columns = found
        return
      }
      preamble += 1
      if preamble > Self.maxPreambleRecords {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "no header 'First Name,Last Name,…' in the first \(Self.maxPreambleRecords) "
            + "records; this is not LinkedIn's Connections.csv")
      }
      return
    }
    if record.isBlank { return }
    rows += 1
    func field(_ name: String) -> String {
      guard let index = columns[name], index < fields.count else { return "" }
      return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let name = [field("first name"), field("last name")].filter { !$0.isEmpty }
      .joined(separator: " ")
    let url = Self.profileURL(field("url").isEmpty ? field("profile url") : field("url"))
    let dateText = field("connected on")
    let date = dateText.isEmpty ? nil : LinkedInDate.parse(dateText)
    if date == nil, !dateText.isEmpty {
      undated += 1
      undatedExample = undatedExample ?? dateText
    }
    if let url {
      members.append(
        Member(
          nativeID: url.id, handle: url.slug, displayName: name.isEmpty ? nil : name,
          connectedOn: date))
    } else if !name.isEmpty {
      keyedByName += 1
      members.append(
        Member(nativeID: "name:" + name, displayName: name, connectedOn: date))
    } else {
      blank += 1
    }
  }

  /// Whether the header was found.
  var sawHeader: Bool { columns != nil }

  /// A profile URL normalised to `https://www.linkedin.com/in/<slug>` (lower-cased, no query,
  /// no trailing slash), with its slug; other URLs are kept lower-cased without query.
  static func profileURL(_ text: String) -> (id: String, slug: String?)? {
    var url = text.trimmingCharacters(in: .whitespaces)
    guard !url.isEmpty else { return nil }
    if let cut = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { url = String(url[..<cut]) }
    while url.hasSuffix("/") { url.removeLast() }
    url = url.lowercased()
    guard let marker = url.range(of: "linkedin.com/in/") else { return (url, nil) }
    let slug = url[marker.upperBound...].split(separator: "/").first.map(String.init)
    guard let slug, !slug.isEmpty else { return (url, nil) }
    return ("https://www.linkedin.com/in/" + slug, slug)
  }
}

/// The dates of `Connected On`: `30 May 2024`, `08 Jan 2018`, `1/8/18, 6:14 PM` (month
/// first, two-digit year), as UTC.
enum LinkedInDate {
  static func parse(_ text: String) -> Date? {
    let parts = text.split(separator: ",", maxSplits: 1)
    let numbers = parts.first?.split(separator: "/").map {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    guard let numbers, numbers.count == 3, let month = numbers[0], let day = numbers[1],
      var year = numbers[2]
    else { return MetaDate.parse(text) }
    if year < 100 { year += 2000 }
    let time = parts.count > 1 ? String(parts[1]) : ""
    return MetaDate.parse("\(year)-\(month)-\(day) \(time)")
  }
}
