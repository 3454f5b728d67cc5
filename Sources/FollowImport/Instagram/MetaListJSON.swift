import Foundation

/// One list file of Meta's "Download your information" export in JSON (Instagram's
/// `followers_1.json`, `following.json`, `blocked_profiles.json`, …; Threads' `followers.json`).
///
/// Seen shapes: a bare array of entries (followers, 2023+), an object holding the array under
/// a `relationships_…` or `text_post_app_…` key, and (2026) a single entry object with
/// `label_values` instead of `string_list_data`. Keys FollowGraph does not know are ignored.
struct MetaListJSON: Decodable {
  /// The entries, in file order.
  var entries: [MetaJSONEntry]
  /// Whether the file holds a list (an array, a list key or an entry); an object with none of
  /// them is not a list file.
  var holdsList = true

  init(from decoder: any Decoder) throws {
    if var array = try? decoder.unkeyedContainer() {
      var entries: [MetaJSONEntry] = []
      while !array.isAtEnd { entries.append(try array.decode(MetaJSONEntry.self)) }
      self.entries = entries
      return
    }
    let object = try decoder.container(keyedBy: MetaKey.self)
    if object.contains(MetaKey("label_values")) || object.contains(MetaKey("string_list_data")) {
      entries = [try MetaJSONEntry(from: decoder)]
      return
    }
    var entries: [MetaJSONEntry] = []
    var found = false
    for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue })
    where Self.isListKey(key.stringValue) {
      found = true
      entries += try object.decode([MetaJSONEntry].self, forKey: key)
    }
    self.entries = entries
    holdsList = found
  }

  /// Whether `key` names a list: `relationships_followers`, `text_post_app_text_post_app_…`.
  static func isListKey(_ key: String) -> Bool {
    key.hasPrefix("relationships_") || key.hasPrefix("text_post_app_")
  }
}

/// One entry: `{title, media_list_data?, string_list_data: [{href, value?, timestamp}]}`, or
/// `{timestamp, label_values: [{label, value}], fbid}`.
struct MetaJSONEntry: Decodable {
  var title: String?
  var stringListData: [MetaStringData]?
  var labelValues: [MetaLabelValue]?
  var timestamp: MetaNumber?

  enum CodingKeys: String, CodingKey {
    case title
    case stringListData = "string_list_data"
    case labelValues = "label_values"
    case timestamp
  }

  /// The username: `string_list_data[].value`, else `title`, else a username label
  /// (``MetaUsernameLabel``), else the last segment of the link (`/_u/name`, `/@name`); `nil`
  /// when none is present.
  var username: String? {
    if let value = stringListData?.lazy.compactMap({ MetaUsername.clean($0.value) }).first {
      return value
    }
    if let title = MetaUsername.clean(title) { return title }
    if let label = labelValues?.first(where: { MetaUsernameLabel.isUsername($0.label) }),
      let value = MetaUsername.clean(label.value)
    {
      return value
    }
    return stringListData?.lazy.compactMap { MetaUsername.fromLink($0.href) }.first
  }

  /// When the entry's relation began (Unix seconds), when the export says; 0 means unknown.
  var date: Date? {
    let seconds = stringListData?.lazy.compactMap(\.timestamp?.value).first ?? timestamp?.value
    guard let seconds, seconds > 0, seconds < 32_503_680_000 else { return nil }
    return Date(timeIntervalSince1970: seconds)
  }
}

/// `{href, value, timestamp}` inside `string_list_data`.
struct MetaStringData: Decodable {
  var href: String?
  var value: String?
  var timestamp: MetaNumber?
}

/// `{label, value}` inside `label_values`; other fields (`dict`, `media`) are ignored.
struct MetaLabelValue: Decodable {
  var label: String?
  var value: String?

  enum CodingKeys: String, CodingKey { case label, value }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    label = try? container.decodeIfPresent(String.self, forKey: .label)
    value = try? container.decodeIfPresent(String.self, forKey: .value)
  }
}

/// A number that may be written as a JSON number or as text.
struct MetaNumber: Decodable {
  var value: Double?

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Double.self) {
      value = number.isFinite ? number : nil
    } else if let text = try? container.decode(String.self) {
      value = Double(text).flatMap { $0.isFinite ? $0 : nil }
    } else {
      value = nil
    }
  }
}

/// A coding key for any object key.
struct MetaKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// Usernames as Meta's exports write them.
enum MetaUsername {
  /// The username without surrounding space or a leading `@`; `nil` when empty or when it
  /// holds spaces, slashes or control characters (a display name or a URL, not a username).
  static func clean(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    // Fast path: printable ASCII without space, `/` or `:` (every real username).
    if text.utf8.count <= 256,
      text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != 0x2F && $0 != 0x3A })
    {
      let name = text.hasPrefix("@") ? String(text.dropFirst()) : text
      return name.isEmpty ? nil : name
    }
    var name = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if name.hasPrefix("@") { name.removeFirst() }
    guard !name.isEmpty, name.utf8.count <= 256,
      !name.unicodeScalars.contains(where: { scalar in
        scalar == "/" || scalar == ":" || scalar.properties.isWhitespace
          || scalar.properties.generalCategory == .control
      })
    else { return nil }
    return name
  }

  /// The last path segment of a profile link (`https://www.instagram.com/_u/name`,
  /// `https://www.threads.net/@name`), without `_u` and `@`.
  static func fromLink(_ href: String?) -> String? {
    guard var text = href else { return nil }
    if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
    if let scheme = text.range(of: "://") { text = String(text[scheme.upperBound...]) }
    let segments = text.split(separator: "/").dropFirst().filter { $0 != "_u" }
    return clean(segments.last.map(String.init))
  }
}
