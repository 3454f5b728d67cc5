import FollowAnalysis
import FollowModel
import Foundation

/// Building blocks of the HTML report: tables, figures, notes and figure cards.
enum HTMLBlocks {
  /// A table cell.
  enum Cell {
    /// Short text, left-aligned.
    case text(String)
    /// Long text (a post), wrapped anywhere.
    case longText(String)
    /// A number, right-aligned; `nil` is "n/a".
    case number(String?)
    /// A date (`2024-06-30`), kept on one line so narrow screens do not break it.
    case date(String)
  }

  /// A scrollable table with a caption, listing at most `limit` rows.
  ///
  /// - Parameters:
  ///   - caption: The caption.
  ///   - headers: Column names and whether they hold numbers.
  ///   - rows: The rows.
  ///   - limit: The most rows shown, or `nil` for all.
  ///   - fullList: Where the complete list is (a CSV file name), for the note under a cut table.
  /// - Returns: The markup.
  static func table(
    caption: String, headers: [(String, numeric: Bool)], rows: [[Cell]], limit: Int?,
    fullList: String? = nil
  ) -> Markup {
    let shown = limit.map { Array(rows.prefix($0)) } ?? rows
    let head = Markup.element(
      "thead", [:],
      [
        .element(
          "tr", [:],
          headers.map { name, numeric in
            .element("th", ["scope": "col", "class": numeric ? "num" : nil], text: name)
          })
      ])
    let body = Markup.element(
      "tbody", [:],
      shown.map { row in
        .element(
          "tr", [:],
          row.map { cell in
            switch cell {
            case .text(let text): .element("td", [:], text: text)
            case .longText(let text): .element("td", ["class": "text"], text: text)
            case .number(let text): .element("td", ["class": "num"], text: text ?? "n/a")
            case .date(let text): .element("td", ["class": "date"], text: text)
            }
          })
      })
    var parts: [Markup] = [
      .element(
        "div", ["class": "table-wrap"],
        [.element("table", [:], [.element("caption", text: caption), head, body])])
    ]
    if shown.count < rows.count {
      let rest = fullList.map { " The full list is in \($0)." } ?? ""
      parts.append(
        note("Showing the first \(shown.count) of \(rows.count) rows (--limit 0 shows all).\(rest)")
      )
    }
    return Markup.join(parts, separator: .newline)
  }

  /// A figure: a chart and its caption.
  static func figure(_ chart: Markup, caption: String) -> Markup {
    .element("figure", [:], [chart, .element("figcaption", text: caption)])
  }

  /// A paragraph of muted explanatory text in a box.
  static func note(_ text: String, external: Bool = false) -> Markup {
    .element("p", ["class": external ? "note external" : "note"], text: text)
  }

  /// A plain paragraph.
  static func paragraph(_ text: String) -> Markup {
    .element("p", [:], text: text)
  }

  /// A grid of headline figures.
  static func cards(_ items: [(label: String, value: String)]) -> Markup {
    .element(
      "div", ["class": "cards"],
      items.map { item in
        .element(
          "div", ["class": "card"],
          [
            .element("div", ["class": "value"], text: item.value),
            .element("div", ["class": "label"], text: item.label),
          ])
      })
  }

  /// The cells naming an account: handle, display name, network:id.
  static func accountCells(_ account: Account) -> [Cell] {
    [
      .text(account.handle.map { "@" + $0 } ?? ""), .text(account.displayName ?? ""),
      .text(account.id.value),
    ]
  }

  /// The column headers of ``accountCells(_:)``.
  static let accountHeaders: [(String, numeric: Bool)] = [
    ("handle", false), ("name", false), ("id", false),
  ]

  /// An account as short text: `@handle` when known, else `network:id`.
  static func name(_ account: Account) -> String {
    account.handle.map { "@" + $0 } ?? account.id.description
  }

  /// A count, or "unknown".
  static func count(_ value: Int, known: Bool = true) -> String {
    known ? NumberText.grouped(value) : "unknown"
  }

  /// A fragment identifier made only of letters, digits, `-` and `_`, distinct for distinct
  /// inputs (every other byte, and `_` itself, becomes `_` plus its hex value).
  static func anchor(_ parts: String...) -> String {
    anchor(parts)
  }
}
