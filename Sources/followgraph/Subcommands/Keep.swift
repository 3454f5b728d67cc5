import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases
import Foundation

/// `followgraph keep`: the database's keep-list, accounts kept whatever they do.
struct Keep: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The database's keep-list: accounts you keep following whatever they do.",
    discussion: """
      Kept accounts leave every not-following-back list and count (reciprocity, famous, \
      report) and are shown as kept; they count as web famous by declaration, so they are \
      also out of the follow-back rate excluding web famous. The stored list is merged with \
      the --keep (or --whitelist) files of those commands. Selectors: @handle, network:id, \
      user@host (Mastodon), did:… (Bluesky) or a bare id or handle.
      """,
    subcommands: [Add.self, Remove.self, List.self])

  /// The selectors of `add` and `remove`.
  struct Selectors: ParsableArguments {
    @Argument(help: ArgumentHelp("Accounts: @handle, network:id, user@host, did:… or an id."))
    var selectors: [String]

    /// The parsed selectors.
    func parsed() throws -> [AccountSelector] {
      try selectors.map { text in
        guard !text.contains(where: \.isWhitespace),
          let selector = try? AccountSelector(parsing: text)
        else { throw ValidationError("'\(text)' is not an account selector") }
        return selector
      }
    }
  }

  /// `keep add`: adds accounts; one that matches no account yet is kept and reported.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add accounts to the keep-list (an entry matching no account yet is kept).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var selectors: Selectors

    func run() throws {
      let change = try KeepList(store: try database.openStore(create: false)).add(
        try selectors.parsed(), addedAt: Date())
      Output.standardOutputText(
        KeepListRenderer.changeText(
          changed: change.changed, unchanged: change.unchanged, adding: true))
      if !change.unmatched.isEmpty {
        Output.standardError(
          "note: kept, but matching no imported account yet: "
            + change.unmatched.map(\.description).joined(separator: ", "))
      }
    }
  }

  /// `keep remove`: removes accounts; an absent one is reported and the exit status is 0.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove accounts from the keep-list (absent ones are reported; exit status 0).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var selectors: Selectors

    func run() throws {
      let change = try KeepList(store: try database.openStore(create: false)).remove(
        try selectors.parsed())
      Output.standardOutputText(
        KeepListRenderer.changeText(
          changed: change.changed, unchanged: change.unchanged, adding: false))
    }
  }

  /// `keep list`: the stored entries with the accounts they name.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the keep-list with the accounts each entry names.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
      let listings = try KeepList(store: try database.openStore(create: false)).list()
      switch format {
      case .text: Output.standardOutputText(KeepListRenderer.text(listings))
      case .json: Output.standardOutput(KeepListRenderer.json(listings).render())
      }
    }
  }
}
