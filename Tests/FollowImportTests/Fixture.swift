import FollowImport
import FollowModel
import Foundation

/// Paths of the files in `Fixtures/`, copied into the test bundle.
enum Fixture {
  static func path(_ relative: String) -> String {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      return "/nonexistent/Fixtures/\(relative)"
    }
    return root.appendingPathComponent(relative).path
  }

  /// The URL of a fixture file.
  static func url(_ name: String) throws -> URL {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard
      let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures")
    else { throw CocoaError(.fileNoSuchFile) }
    return url
  }

  /// Parses the fixture with `format` (or the detected format).
  static func parse(
    _ relative: String, format: (any ExportFormat.Type)? = nil,
    context: ParseContext = ParseContext()
  ) throws -> ImportBatch {
    let source = try ImportSource(path: path(relative))
    let chosen = try format ?? ExportFormats.detect(source)
    return try chosen.parse(source, context: context)
  }
}
