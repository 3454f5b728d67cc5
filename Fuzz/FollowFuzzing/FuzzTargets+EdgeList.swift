import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// An edge list file (whitespace or CSV), parsed twice, which must agree exactly.
  ///
  /// One parse reads one large chunk, the other chunks of 7 to 63 bytes (by the input's
  /// length), so chunk boundaries never change a result.
  public static let edgeList = FuzzTarget(name: "fuzz-edge-list") { data in
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: "edges.txt") { path in
      // Detection reads only the head and must not fail on any content.
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      let whole = try parse(path, chunkSize: 1 << 20, limits: limits)
      let small = try parse(path, chunkSize: 7 + data.count % 57, limits: limits)
      if whole != small {
        throw FuzzViolation("chunk size changes the result: \(whole) versus \(small)")
      }
    }
  }

  /// What an edge-list parse produced, comparable between runs.
  private struct EdgeListOutcome: Equatable {
    let table: FollowTable?
    let counts: ImportCounts?
    let warnings: [String]
    let error: String?
  }

  private static func parse(_ path: String, chunkSize: Int, limits: ImportLimits) throws
    -> EdgeListOutcome
  {
    let result = try FuzzChecks.outcome {
      try EdgeListFormat.parse(
        try ImportSource(path: path, limits: limits),
        context: ParseContext(limits: limits, chunkSize: chunkSize))
    }
    switch result {
    case .success(let batch):
      try FuzzChecks.checkBatch(batch, limits: limits)
      return EdgeListOutcome(
        table: batch.follows, counts: batch.counts, warnings: batch.warnings.map(\.description),
        error: nil)
    case .failure(let error):
      return EdgeListOutcome(table: nil, counts: nil, warnings: [], error: error.message)
    }
  }
}
