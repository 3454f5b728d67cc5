import Foundation
import Testing

/// Compares `actual` with the snapshot file `Snapshots/<name>` beside the calling test file.
///
/// Set `RECORD_SNAPSHOTS=1` to write the snapshot instead; a missing snapshot is recorded and
/// the test fails so that a new snapshot is always looked at once.
///
/// - Parameters:
///   - actual: The rendered text.
///   - name: The snapshot file name, such as `summary.txt`.
///   - filePath: The calling test file (defaulted).
///   - sourceLocation: Where to report a mismatch (defaulted).
public func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let url = folder.appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    if !record {
      Issue.record(
        "recorded new snapshot \(name); check it and run again", sourceLocation: sourceLocation)
    }
    return
  }
  if actual != expected {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference =
      zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    let got = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
    let want =
      firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
    Issue.record(
      """
      snapshot \(name) differs at line \(firstDifference + 1) (RECORD_SNAPSHOTS=1 to re-record)
        expected: \(want)
        actual:   \(got)
      """, sourceLocation: sourceLocation)
  }
}
