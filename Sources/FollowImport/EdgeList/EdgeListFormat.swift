import FollowModel
import Foundation

/// Plain edge lists: one follow per line, `follower followed`.
///
/// Two spellings are read:
/// - whitespace-separated columns (SNAP style); lines starting with `#` or `%` are comments,
///   columns after the second are ignored (with one warning);
/// - CSV with a header naming the two columns (see ``EdgeListHeader``); other columns are
///   ignored.
///
/// Ids are strings, kept exactly as written. The file is streamed: memory grows with the
/// number of distinct accounts and follows, not with the file size.
public enum EdgeListFormat: ExportFormat {
  public static let name = "edge-list"
  public static let summary =
    "edge lists: 'follower followed' per line (SNAP style, # comments) or CSV with a header ("
    + EdgeListHeader.accepted + ")"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind else { return false }
    guard let line = firstDataLine(source.head()) else { return false }
    if line.contains(",") {
      return EdgeListHeader.columns(in: splitCSVHeader(line)) != nil
    }
    let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    return columns.count >= 2 && !line.hasPrefix("{") && !line.hasPrefix("[")
      && !line.hasPrefix("window.")
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    let head = source.head()
    guard let line = firstDataLine(head) else {
      throw ImportError.malformed(
        path: source.path, location: nil,
        reason: head.isEmpty ? "the file is empty" : "the file holds no follows (only comments)")
    }
    let isCSV = line.contains(",") && !line.contains(where: { $0 == "\t" })
    var parser = EdgeListParser(
      path: source.path, network: context.network, csv: isCSV, limits: context.limits)
    let total = source.fileSize ?? 0
    try source.streamChunks(chunkSize: context.chunkSize) { chunk, done in
      try parser.consume(chunk)
      context.progress?(done, total)
    }
    return try parser.finish()
  }

  /// The first line that is neither blank nor a comment, from the head of a file.
  static func firstDataLine(_ head: Data) -> String? {
    var bytes = head[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(1000) {
      let text = String(decoding: raw, as: UTF8.self).trimmingASCIISpaces()
      if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("%") { continue }
      return text
    }
    return nil
  }

  /// Splits a header line on commas, removing surrounding quotes.
  static func splitCSVHeader(_ line: String) -> [String] {
    line.split(separator: ",", omittingEmptySubsequences: false).map { field in
      var text = String(field).trimmingASCIISpaces()
      if text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") {
        text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
      }
      return text
    }
  }
}
