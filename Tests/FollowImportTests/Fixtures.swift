import FollowImport
import FollowModel
import Foundation
import Testing

/// The files under `Fixtures/`, copied into the test bundle.
enum Fixtures {
  /// The path of fixture `name`, such as `twarc2/users_2021.jsonl`.
  static func path(_ name: String) throws -> String {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return folder.appendingPathComponent(name).path
  }

  /// Parses fixture `name` with `format`.
  static func parse(
    _ name: String, as format: any ExportFormat.Type, context: ParseContext = ParseContext()
  ) throws -> ImportBatch {
    try format.parse(ImportSource(path: path(name)), context: context)
  }
}
