import FollowImport
import Foundation

extension FuzzTargets {
  /// The CSV tokenizer fed the whole input at once and then in chunks of 1 to 7 bytes: both
  /// must yield the same records (or the same error), and no record may exceed the record cap.
  public static let csv = FuzzTarget(name: "fuzz-csv") { data in
    let whole = try tokenize(data, chunkSizes: [max(1, data.count)])
    let pieces = try tokenize(data, chunkSizes: [1, 2, 3, 5, 7])
    if whole != pieces {
      throw FuzzViolation("chunking changes the records: \(whole) versus \(pieces)")
    }
  }

  /// The cap the CSV target gives the tokenizer.
  static let csvRecordCap = 512

  /// The records (line and fields) or the error of one tokenizer run.
  private struct CSVOutcome: Equatable {
    var records: [[[UInt8]]] = []
    var lines: [Int] = []
    var error: String?
  }

  private static func tokenize(_ data: Data, chunkSizes: [Int]) throws -> CSVOutcome {
    var outcome = CSVOutcome()
    var tokenizer = CSVTokenizer(path: "fuzz.csv", maxRecordBytes: csvRecordCap)
    let onRecord: (CSVRecord) throws -> Void = { record in
      var fields: [[UInt8]] = []
      var size = 0
      for index in 0..<record.count {
        let bytes = Array(record.bytes(index))
        size += bytes.count + 1
        fields.append(bytes)
        _ = try? record.string(index)
      }
      if size > csvRecordCap + 1 {
        throw FuzzViolation("a record of \(size) bytes passed --max-line-length \(csvRecordCap)")
      }
      outcome.records.append(fields)
      outcome.lines.append(record.line)
    }
    let result = try FuzzChecks.outcome {
      try data.withUnsafeBytes { buffer in
        var offset = 0
        var turn = 0
        while offset < buffer.count {
          let size = min(chunkSizes[turn % chunkSizes.count], buffer.count - offset)
          try tokenizer.feed(
            UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + size]), onRecord)
          offset += size
          turn += 1
        }
        try tokenizer.finish(onRecord)
      }
    }
    if case .failure(let error) = result { outcome.error = error.message }
    return outcome
  }
}
