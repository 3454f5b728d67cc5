import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// A twarc2 JSONL file (pages or flattened objects), detected and parsed twice: once read in
  /// one chunk and once in chunks of 7 to 63 bytes, which must agree exactly.
  public static let twarc2 = FuzzTarget(name: "fuzz-twarc2") { data in
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: "tweets.jsonl") { path in
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      let whole = try twarc2Outcome(path, chunkSize: 1 << 20, limits: limits)
      let small = try twarc2Outcome(path, chunkSize: 7 + data.count % 57, limits: limits)
      try whole.expectSame(as: small, "chunk size")
    }
  }

  private static func twarc2Outcome(_ path: String, chunkSize: Int, limits: ImportLimits) throws
    -> FuzzOutcome
  {
    try FuzzOutcome.of(limits: limits) {
      try Twarc2Format.parse(
        try ImportSource(path: path, limits: limits),
        context: ParseContext(limits: limits, chunkSize: chunkSize))
    }
  }
}
