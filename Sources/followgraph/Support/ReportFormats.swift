import ArgumentParser
import FollowModel
import FollowReports
import FollowStore
import Foundation

/// Glue for `followgraph report`: parses `--format` and loads the optional sections.
enum ReportFormats {
  /// The formats named by `--format` values (each may be a comma-separated list); all of them
  /// when none is given.
  ///
  /// - Throws: `ValidationError` for an unknown name.
  static func parse(_ values: [String]) throws -> Set<ReportFormat> {
    let names = values.flatMap { $0.split(separator: ",") }.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }.filter { !$0.isEmpty }
    guard !names.isEmpty else { return Set(ReportFormat.allCases) }
    var formats = Set<ReportFormat>()
    for name in names {
      guard let format = ReportFormat(rawValue: name) else {
        throw ValidationError(
          "unknown report format '\(name)'; use "
            + ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))
      }
      formats.insert(format)
    }
    return formats
  }

  /// Posts per month of every export owner that has posts.
  static func activity(_ summary: DatabaseSummary, in store: FollowDatabase) throws
    -> [PostingActivity]
  {
    try summary.owners.filter { $0.posts > 0 }.map { owner in
      PostingActivity.compute(posts: try store.posts(by: owner.account.id), owner: owner.account.id)
    }
  }
}
