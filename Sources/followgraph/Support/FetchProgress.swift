import FollowFetch
import FollowModel
import Foundation

/// Shows a fetch's events: a bar per list on a terminal, and every rate-limit wait on stderr
/// (the user must know why nothing moves), progress bar or not.
final class FetchProgress: Sendable {
  private let bar: ProgressBar

  /// Creates the reporter over `bar` (silent off a terminal and with `--quiet`).
  init(bar: ProgressBar) { self.bar = bar }

  /// Receives one event.
  func report(_ event: FetchEvent) {
    switch event {
    case .page(let list, let pages, let items):
      bar.update("fetch \(list): \(pages) pages", rows: items, of: 0)
    case .rateLimitWait(let seconds, let url):
      bar.finish()
      Output.standardError(
        "followgraph: rate limit: waiting \(Int(seconds.rounded(.up))) s before "
          + DisplayText.escaped(url))
    case .retry(let url, let attempt, let reason):
      bar.update("fetch: retry \(attempt) after \(reason) (\(url))", rows: 0, of: 0)
    case .warning(let warning):
      bar.finish()
      // URLs and messages come from the server: one printable line each.
      Output.standardError("followgraph: warning: " + DisplayText.escaped("\(warning)"))
    }
  }

  /// Clears the bar.
  func finish() { bar.finish() }
}
