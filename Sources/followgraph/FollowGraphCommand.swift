import ArgumentParser

/// The `followgraph` command: follow-graph analytics over a local SQLite database.
@main
struct FollowGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "followgraph",
    abstract: "Follow-back etiquette, web-famous accounts and topic focus from your own exports.",
    discussion: """
      Import exports (X/Twitter archives, Mastodon and Bluesky exports and API pages, twarc2, \
      edge lists, CSV) into a SQLite database; then ask who follows back (reciprocity), who \
      does not and why (famous, changes), whether posts stay on theme (topics), and write \
      reports (report). Start with: followgraph import --db me.sqlite ARCHIVE.zip, then \
      followgraph reciprocity --db me.sqlite. Data goes to stdout; progress and errors to \
      stderr; failures exit non-zero.
      """,
    version: "0.1.0",
    subcommands: [
      Import.self, Reciprocity.self, Famous.self, Changes.self, Topics.self, Accounts.self,
      Summary.self, Report.self, Export.self, Likely.self, Keep.self, Fetch.self,
    ])
}
