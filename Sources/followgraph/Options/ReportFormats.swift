import ArgumentParser
import FollowReports
import Foundation

/// `followgraph report --format`: the file sets to write.
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
}
