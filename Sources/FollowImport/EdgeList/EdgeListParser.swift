import FollowModel
import Foundation

/// The streaming reader behind ``EdgeListFormat``: fed chunks, it interns ids and collects
/// follows.
struct EdgeListParser {
  private let path: String
  private let limits: ImportLimits
  private var builder: FollowTableBuilder
  /// Follows between numeric ids not yet interned, follower and followed alternating.
  private var pendingNumbers: [UInt64] = []
  private var warnings = EdgeListWarnings()
  private var records = 0
  // Whitespace mode.
  private let csv: Bool
  private var carry: [UInt8] = []
  private var line = 0
  private var atStart = true
  // CSV mode.
  private var tokenizer: CSVTokenizer
  private var columns: (follower: Int, followed: Int)?

  init(path: String, network: Network, csv: Bool, limits: ImportLimits) {
    self.path = path
    self.limits = limits
    self.csv = csv
    builder = FollowTableBuilder(network: network)
    tokenizer = CSVTokenizer(path: path, maxRecordBytes: limits.maxLineBytes)
  }

  /// Reads the next chunk of the file.
  mutating func consume(_ chunk: UnsafeRawBufferPointer) throws {
    var chunk = chunk
    if atStart {
      atStart = false
      if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
        chunk = UnsafeRawBufferPointer(rebasing: chunk[3...])
      }
    }
    if csv {
      var tokenizer = self.tokenizer
      defer { self.tokenizer = tokenizer }
      try tokenizer.feed(chunk) { record in try self.csvRecord(record) }
    } else {
      try consumeLines(chunk)
    }
  }

  /// Finishes the file and returns the batch.
  mutating func finish() throws -> ImportBatch {
    if csv {
      var tokenizer = self.tokenizer
      try tokenizer.finish { record in try self.csvRecord(record) }
      if columns == nil {
        throw ImportError.malformed(path: path, location: nil, reason: "the file is empty")
      }
    } else if !carry.isEmpty {
      let rest = carry
      carry = []
      try rest.withUnsafeBytes { try whitespaceLine($0) }
    }
    flushNumbers()
    if builder.followCount == 0 && builder.selfFollows == 0 {
      throw ImportError.malformed(path: path, location: nil, reason: "the file holds no follows")
    }
    let (table, duplicates) = builder.build()
    return ImportBatch(
      network: builder.network, format: EdgeListFormat.name, follows: table,
      counts: ImportCounts(
        records: records, duplicateFollows: duplicates, selfFollows: builder.selfFollows),
      warnings: warnings.list(path: path))
  }

  // MARK: - Whitespace-separated lines

  private mutating func consumeLines(_ chunk: UnsafeRawBufferPointer) throws {
    guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
    var start = 0
    let count = chunk.count
    while start < count {
      guard let hit = memchr(base + start, 0x0A, count - start) else {
        carry.append(contentsOf: chunk[start...])
        if carry.count > limits.maxLineBytes {
          throw ImportError.limitExceeded(
            path: path, limit: "line length limit at line \(line + 1)",
            value: "more than \(limits.maxLineBytes) bytes", option: "--max-line-length")
        }
        return
      }
      let end = base.distance(to: UnsafeRawPointer(hit))
      if carry.isEmpty {
        try whitespaceLine(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
      } else {
        carry.append(contentsOf: chunk[start..<end])
        let joined = carry
        carry.removeAll(keepingCapacity: true)
        try joined.withUnsafeBytes { try whitespaceLine($0) }
      }
      start = end + 1
    }
  }

  private mutating func whitespaceLine(_ text: UnsafeRawBufferPointer) throws {
    line += 1
    var end = text.count
    if end > limits.maxLineBytes {
      throw ImportError.limitExceeded(
        path: path, limit: "line length limit at line \(line)",
        value: "\(end) bytes > \(limits.maxLineBytes)", option: "--max-line-length")
    }
    if end > 0 && text[end - 1] == 0x0D { end -= 1 }
    var i = 0
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    while i < end && isSpace(text[i]) { i += 1 }
    if i == end {
      warnings.blank(line)
      return
    }
    if text[i] == 0x23 || text[i] == 0x25 { return }  // '#' or '%' comment
    let firstStart = i
    while i < end && !isSpace(text[i]) { i += 1 }
    let first = UnsafeRawBufferPointer(rebasing: text[firstStart..<i])
    while i < end && isSpace(text[i]) { i += 1 }
    let secondStart = i
    while i < end && !isSpace(text[i]) { i += 1 }
    guard i > secondStart else {
      throw ImportError.malformed(
        path: path, location: "line \(line)",
        reason: "expected two columns 'follower followed', found one")
    }
    let second = UnsafeRawBufferPointer(rebasing: text[secondStart..<i])
    while i < end && isSpace(text[i]) { i += 1 }
    if i < end { warnings.extraColumns(line) }
    try addFollow(first, second)
  }

  // MARK: - CSV

  private mutating func csvRecord(_ record: CSVRecord) throws {
    if record.isBlank {
      warnings.blank(record.line)
      return
    }
    guard let columns else {
      let header = try record.strings()
      guard let found = EdgeListHeader.columns(in: header) else {
        throw ImportError.malformed(
          path: path, location: "line \(record.line)",
          reason: "CSV header \(header.joined(separator: ",")) names no follower and followed "
            + "columns; expected one of \(EdgeListHeader.accepted)")
      }
      self.columns = found
      return
    }
    let needed = max(columns.follower, columns.followed) + 1
    guard record.count >= needed else {
      throw ImportError.malformed(
        path: path, location: "line \(record.line)",
        reason: "expected at least \(needed) fields, found \(record.count)")
    }
    try addFollow(record.bytes(columns.follower), record.bytes(columns.followed), line: record.line)
  }

  // MARK: - Shared

  private mutating func addFollow(
    _ follower: UnsafeRawBufferPointer, _ followed: UnsafeRawBufferPointer, line: Int? = nil
  ) throws {
    records += 1
    if records > limits.maxRecords {
      throw ImportError.limitExceeded(
        path: path, limit: "record limit", value: "more than \(limits.maxRecords) follows",
        option: "--max-records")
    }
    for (name, id) in [("follower", follower), ("followed", followed)] {
      if id.isEmpty {
        throw ImportError.malformed(
          path: path, location: "line \(line ?? self.line)", reason: "empty \(name) id")
      }
      if id.contains(where: { $0 >= 0x80 }) && String(validating: id, as: UTF8.self) == nil {
        throw ImportError.malformed(
          path: path, location: "line \(line ?? self.line)",
          reason: "\(name) id is not valid UTF-8")
      }
    }
    if let from = FollowTableBuilder.canonicalNumber(follower),
      let to = FollowTableBuilder.canonicalNumber(followed)
    {
      pendingNumbers.append(from)
      pendingNumbers.append(to)
      if pendingNumbers.count >= 256 { flushNumbers() }
    } else {
      flushNumbers()
      let from = builder.index(ofUTF8: follower)
      let to = builder.index(ofUTF8: followed)
      builder.add(follower: from, followed: to)
    }
  }

  /// Interns the buffered numeric follows as one batch, keeping the order of the file.
  private mutating func flushNumbers() {
    guard !pendingNumbers.isEmpty else { return }
    pendingNumbers.withUnsafeBufferPointer { builder.add(numericPairs: $0) }
    pendingNumbers.removeAll(keepingCapacity: true)
  }
}

/// Warnings an edge list collects, reported once per kind with the first line and a count.
struct EdgeListWarnings {
  private var blankLines = 0
  private var firstBlank = 0
  private var extraColumnLines = 0
  private var firstExtra = 0

  mutating func blank(_ line: Int) {
    if blankLines == 0 { firstBlank = line }
    blankLines += 1
  }

  mutating func extraColumns(_ line: Int) {
    if extraColumnLines == 0 { firstExtra = line }
    extraColumnLines += 1
  }

  func list(path: String) -> [ImportWarning] {
    var warnings: [ImportWarning] = []
    if blankLines > 0 {
      warnings.append(
        ImportWarning(
          location: "\(path) line \(firstBlank)",
          message: "\(blankLines) blank line\(blankLines == 1 ? "" : "s") skipped"))
    }
    if extraColumnLines > 0 {
      warnings.append(
        ImportWarning(
          location: "\(path) line \(firstExtra)",
          message: "\(extraColumnLines) line\(extraColumnLines == 1 ? " has" : "s have") more "
            + "than two columns; columns after the second were ignored"))
    }
    return warnings
  }
}
