import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases

/// `followgraph summary`: what the database holds.
struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What the database holds: networks, export owners and imports.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func run() throws {
    let summary = try FollowQueries(store: try database.openStore(create: false)).summary()
    switch format {
    case .text: Output.standardOutputText(SummaryRenderer.text(summary))
    case .json: Output.standardOutput(SummaryRenderer.json(summary).render())
    }
  }
}
