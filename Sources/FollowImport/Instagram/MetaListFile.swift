import FollowModel
import Foundation

/// One list file of Meta's export, JSON or HTML, read into usernames and dates.
struct MetaListFile {
  /// One listed account.
  struct Item {
    /// The username as the export spells it.
    var username: String
    /// When the relation began (the follow, the request, the block), when the export says.
    var date: Date?

    /// The native id: usernames are case-insensitive, so the lower-cased username.
    var nativeID: String { username.lowercased() }
  }

  /// The listed accounts, in file order.
  private(set) var items: [Item] = []
  /// Problems that did not stop the read.
  private(set) var warnings: [ImportWarning] = []
  /// How many entries the file held, named or not.
  private(set) var records = 0

  /// Wraps items read elsewhere (the pre-2021 `connections.json`).
  init(items: [Item]) {
    self.items = items
    records = items.count
  }

  /// Reads a list file.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The file, for messages (`export.zip:connections/…/followers_1.json`).
  ///   - limits: The caps.
  ///   - recordsBefore: Records already read from other files of the export, so that the
  ///     record cap applies to the export as a whole.
  /// - Throws: ``ImportError`` when a JSON file is malformed or a cap is exceeded.
  init(data: Data, path: String, limits: ImportLimits, recordsBefore: Int) throws {
    var unnamed = 0
    if path.lowercased().hasSuffix(".html") {
      try JSONDocument.checkUTF8(data, path: path)
      let page = try MetaListHTML(data: data) { count in
        try limits.checkRecords(recordsBefore + count, path: path)
      }
      var undated = 0
      var example: String?
      records = page.entries.count
      for entry in page.entries {
        guard let name = entry.username else {
          unnamed += 1
          continue
        }
        let date = entry.dateText.flatMap(MetaDate.parse)
        if date == nil, let text = entry.dateText {
          undated += 1
          example = example ?? text
        }
        items.append(Item(username: name, date: date))
      }
      if undated > 0, let example {
        warnings.append(
          ImportWarning(
            location: path,
            message: "\(undated) dates not understood (such as '\(example)'); those entries "
              + "are kept without their date"))
      }
    } else {
      let file = try JSONDocument.decode(MetaListJSON.self, from: data, path: path, limits: limits)
      guard file.holdsList else {
        throw ImportError.malformed(
          path: path, location: nil,
          reason: "no list in the file (no array, no relationships_… or text_post_app_… key, "
            + "no entry)")
      }
      records = file.entries.count
      for (index, entry) in file.entries.enumerated() {
        try limits.checkRecords(recordsBefore + index + 1, path: path)
        guard let name = entry.username else {
          unnamed += 1
          continue
        }
        items.append(Item(username: name, date: entry.date))
      }
    }
    if unnamed > 0 {
      warnings.append(
        ImportWarning(
          location: path, message: "\(unnamed) entries without a username were skipped"))
    }
  }
}
