import ArgumentParser
import FollowModel

/// `--db`, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The SQLite database file ('import' creates it; other commands only read it), or a "
        + "PostgreSQL database as postgresql://user@host:port/dbname (password from the URL or "
        + "PGPASSWORD; tables are created on first use).",
      valueName: "file|url"))
  var db: String = "followgraph.sqlite"
}

/// `--network` and `--account`: which part of the database an analysis looks at.
struct ScopeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The network to analyse (x, mastodon, bluesky, generic, …). Default: the network of the "
        + "export owner, or the only network in the database.",
      valueName: "name"))
  var network: String?

  @Option(
    help: ArgumentHelp(
      "The account to report on: @handle, network:id, user@host, did:… or an id. Default: the "
        + "export owner when there is exactly one.",
      valueName: "selector"))
  var account: String?

  func validate() throws {
    if let network, !Network.isValidName(network) {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
    if let account { _ = try parsedAccount(account) }
  }

  /// The parsed `--account` selector.
  var selector: AccountSelector? {
    get throws { try account.map(parsedAccount) }
  }

  private func parsedAccount(_ text: String) throws -> AccountSelector {
    do {
      return try AccountSelector(parsing: text)
    } catch {
      throw ValidationError("\(error)")
    }
  }
}
