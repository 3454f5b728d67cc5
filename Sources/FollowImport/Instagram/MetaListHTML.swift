import Foundation

/// One list file of Meta's export in HTML (`followers_1.html`, `following.html`, …).
///
/// Two block layouts have been seen: the classic one, `<a href="…/name">name</a><div>date
/// </div>`, and the newer one with the username in an `<h2>` (or a `div` of class `_a6-h`)
/// before a `/_u/name` link whose text is the URL. Dates are in the account's language and
/// carry no time zone (``MetaDate``). The page header before `role="main"` is skipped, and so
/// are `<style>` and `<script>` contents.
struct MetaListHTML {
  /// One entry as read from the page.
  struct Entry {
    var title: String?
    var href: String?
    var linkText: String?
    var dateText: String?

    /// The username: the link's text unless it is the URL, else the title, else the link's
    /// last segment.
    var username: String? {
      MetaUsername.clean(linkText) ?? MetaUsername.clean(title) ?? MetaUsername.fromLink(href)
    }

    var isEmpty: Bool { title == nil && href == nil }
  }

  /// The entries, in page order.
  private(set) var entries: [Entry] = []

  /// Reads a page.
  ///
  /// - Parameters:
  ///   - data: The page's bytes (UTF-8).
  ///   - onEntry: Called after each entry, with the count so far, so the caller can apply the
  ///     record cap while reading.
  /// - Throws: What `onEntry` throws.
  init(data: Data, onEntry: (Int) throws -> Void) throws {
    let bytes = [UInt8](data)
    var scanner = HTMLScanner(bytes: bytes)
    scanner.skipToMain()
    var current = Entry()
    var expectTitle = false
    var inLink = false
    var entries: [Entry] = []
    func flush() throws {
      if !current.isEmpty {
        entries.append(current)
        try onEntry(entries.count)
      }
      current = Entry()
    }
    while let token = scanner.next() {
      switch token {
      case .open(let name, let href, let isTitleClass):
        if name == "a", let href {
          if current.href != nil { try flush() }
          current.href = href
          inLink = true
        } else if isTitleClass || name == "h2" || name == "h3" {
          expectTitle = true
        }
      case .close(let name):
        if name == "a" { inLink = false }
      case .text(let text):
        if inLink {
          current.linkText = (current.linkText ?? "") + text
        } else if expectTitle {
          if current.title != nil || current.href != nil { try flush() }
          current.title = text
          expectTitle = false
        } else if current.href != nil, current.dateText == nil {
          current.dateText = text
        }
      }
    }
    try flush()
    self.entries = entries
  }
}
