import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases

/// `followgraph changes`: what changed between consecutive exports of an owner.
struct Changes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "New and lost followers, new and dropped followings between exports of an account.",
    discussion: """
      Compares each pair of consecutive snapshots (imports of the same owner's export, by \
      observation date): followers gained and lost (unfollowed, or the account is gone), \
      followings added and dropped, and follow-backs that appeared (accounts that became \
      mutual) or ended. Lost followers and dropped followings are split into gone (a fetch \
      looked the account up and its profile no longer resolves: deleted, suspended or \
      deactivated) and unfollowed (the rest, including everything exports cannot look up). A \
      list is compared only when both snapshots hold it; otherwise it is 'not compared' \
      (text) or null (JSON). Ids are sorted.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(
    help: ArgumentHelp(
      "The export owner: @handle, network:id, user@host, did:… or an id. Default: the only "
        + "export owner.",
      valueName: "selector"))
  var account: String?

  @Option(help: ArgumentHelp("Only periods that end after this day.", valueName: "YYYY-MM-DD"))
  var since: Day?

  @Option(help: "Output format: text, json or csv.")
  var format: OutputFormat = .text

  @Option(
    help: ArgumentHelp(
      "Text output: list at most this many accounts per list (0 = all).", valueName: "n"))
  var limit: Int = 0

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    if let account {
      do { _ = try AccountSelector(parsing: account) } catch { throw ValidationError("\(error)") }
    }
  }

  func run() throws {
    let history = try FollowQueries(store: try database.openStore(create: false)).changes(
      account: try account.map(AccountSelector.init(parsing:)), since: since?.date)
    switch format {
    case .text:
      Output.standardOutputText(ChangesRenderer.text(history, listLimit: limit == 0 ? nil : limit))
    case .json: Output.standardOutput(ChangesRenderer.json(history, since: since?.date).render())
    case .csv: Output.standardOutput(ChangesRenderer.csv([history]).render())
    }
  }
}
