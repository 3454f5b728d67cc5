import Foundation

/// Where the shared reference data lives: `../shared/reference/` beside the project root, or
/// the folder named by `FOLLOWGRAPH_REFERENCE`.
///
/// Tests that need it are enabled with `.enabled(if: ReferenceData.isAvailable, …)` so that
/// they are skipped, with that message, only when the folder is absent.
public enum ReferenceData {
  /// The project root (the folder holding `Package.swift`).
  public static let projectRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The reference folder.
  public static let root: URL = {
    if let override = ProcessInfo.processInfo.environment["FOLLOWGRAPH_REFERENCE"] {
      return URL(fileURLWithPath: override, isDirectory: true)
    }
    return projectRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")
  }()

  /// Whether the reference folder exists.
  public static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path)
  }

  /// The message shown when reference tests are skipped.
  public static let missingMessage =
    "reference data not found at ../shared/reference (set FOLLOWGRAPH_REFERENCE)"

  /// A path inside the reference folder.
  ///
  /// - Parameter relative: A path such as `graphs/wiki-vote/edges.txt`.
  /// - Returns: The URL.
  public static func url(_ relative: String) -> URL {
    root.appendingPathComponent(relative)
  }

  /// The reference graph folders (`graphs/*`), sorted.
  public static var graphNames: [String] {
    let folder = root.appendingPathComponent("graphs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  /// The edge file of a reference graph (`edges.txt` or `edges.csv`).
  ///
  /// - Parameter graph: A folder name from ``graphNames``.
  /// - Returns: The URL of the edge file.
  public static func edgeFile(of graph: String) -> URL {
    let folder = root.appendingPathComponent("graphs/\(graph)")
    let text = folder.appendingPathComponent("edges.txt")
    return FileManager.default.fileExists(atPath: text.path)
      ? text : folder.appendingPathComponent("edges.csv")
  }
}
