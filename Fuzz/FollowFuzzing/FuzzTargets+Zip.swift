import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// A `.zip` file: opened and every member read with the default caps (so an archive that
  /// lies about its sizes meets the real limits), then detected and parsed as an export with
  /// small caps when a format recognises it.
  public static let zip = FuzzTarget(name: "fuzz-zip") { data in
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: "export.zip") { path in
      let opened = try FuzzChecks.outcome { try ImportSource(path: path, limits: ImportLimits()) }
      guard case .success(let source) = opened else { return }
      for member in source.treePaths.prefix(64) {
        let read = try FuzzChecks.outcome { try source.readMember(member) }
        if case .success(let bytes) = read, Int64(bytes.count) > source.limits.maxDecompressedBytes
        {
          throw FuzzViolation("member \(member) of \(bytes.count) bytes passed the cap")
        }
      }
      let detected = try FuzzChecks.outcome { try ExportFormats.detect(source) }
      guard case .success(let format) = detected else { return }
      // Parse a fresh source with small caps, as a run with low --max-* options would.
      let parsed = try FuzzChecks.outcome {
        try format.parse(
          try ImportSource(path: path, limits: limits), context: ParseContext(limits: limits))
      }
      if case .success(let batch) = parsed { try FuzzChecks.checkBatch(batch, limits: limits) }
    }
  }
}
