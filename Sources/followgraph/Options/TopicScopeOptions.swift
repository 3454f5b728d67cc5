import ArgumentParser
import FollowModel

/// `--network` and `--account` as `topics` reads them: which posts, and whose figures.
struct TopicScopeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Only posts of this network (x, mastodon, bluesky, generic, …). Default: every network, "
        + "or the selected account's.",
      valueName: "name"))
  var network: String?

  @Option(
    help: ArgumentHelp(
      "Show only this account (@handle, network:id, user@host, did:… or an id); topics are "
        + "still found over all posts in scope. Default: every account with posts.",
      valueName: "selector"))
  var account: String?

  func validate() throws {
    if let network, !Network.isValidName(network) {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
    if let account {
      do { _ = try AccountSelector(parsing: account) } catch { throw ValidationError("\(error)") }
    }
  }

  /// The parsed `--account` selector.
  var selector: AccountSelector? {
    get throws { try account.map(AccountSelector.init(parsing:)) }
  }
}
