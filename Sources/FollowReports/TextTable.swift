/// Aligns rows of text cells into columns for terminal output.
struct TextTable {
  /// Right-align the cells of these columns.
  var rightAligned: Set<Int> = []
  private(set) var rows: [[String]] = []

  mutating func add(_ cells: String...) {
    rows.append(cells)
  }

  /// Adds a row whose cells are built at run time.
  mutating func add(_ cells: [String]) {
    rows.append(cells)
  }

  func render(indent: String = "  ") -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (column, cell) in row.enumerated()
      where column < columns - 1 || rightAligned.contains(column) {
        widths[column] = max(widths[column], cell.count)
      }
    }
    return rows.map { row in
      var line = indent
      for (column, cell) in row.enumerated() {
        let isLast = column == row.count - 1
        let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
        if isLast && !rightAligned.contains(column) {
          line += cell
        } else if rightAligned.contains(column) {
          line += pad + cell + "  "
        } else {
          line += cell + pad + "  "
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line + "\n"
    }.joined()
  }
}
