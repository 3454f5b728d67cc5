import ArgumentParser

/// The `followgraph` command: follow-graph analytics over a local SQLite database.
@main
struct FollowGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "followgraph",
    abstract: "Follow-back etiquette, reciprocity and reports from your own social exports.",
    discussion: """
      Import exports (X/Twitter archive, edge lists) into a SQLite database, then ask how \
      reciprocal the follows are and write reports. Data goes to stdout; progress and errors \
      to stderr.
      """,
    version: "0.1.0",
    subcommands: [
      Import.self, Reciprocity.self, Accounts.self, Summary.self, Report.self, Famous.self,
      Changes.self, Topics.self,
    ])
}
