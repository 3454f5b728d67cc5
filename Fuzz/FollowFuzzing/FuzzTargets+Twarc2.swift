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
      try FuzzOutcome.expectChunkingAgrees(
        inputLength: data.count, limits: limits, "twarc2"
      ) { chunkSize in
        try Twarc2Format.parse(
          try ImportSource(path: path, limits: limits),
          context: ParseContext(limits: limits, chunkSize: chunkSize))
      }
    }
  }
}
