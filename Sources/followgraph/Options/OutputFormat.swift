import ArgumentParser
import FollowModel
import Foundation

/// The output formats of analysis commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, csv
}

/// An argument that is a day, `YYYY-MM-DD`, in UTC.
struct Day: ExpressibleByArgument {
  let date: Date

  init?(argument: String) {
    guard argument.count == 10, let date = UTCTime.parse(argument) else { return nil }
    self.date = date
  }

  static var defaultValueDescription: String { "YYYY-MM-DD" }
}
