import ArgumentParser
import FollowAnalysis
import FollowUseCases
import Foundation

/// `--min-percentile`, `--min-ratio`, and `--keep` (also `--whitelist`): what makes an account
/// web famous, and which accounts are kept whatever they do.
struct FameOptions: ParsableArguments {
  @Option(
    name: .customLong("min-percentile"),
    help: ArgumentHelp(
      "Web famous needs an audience percentile of at least this (0-100; 99 = top 1 %).",
      valueName: "P"))
  var minPercentile: Double = WebFameCriteria().minPercentile

  @Option(
    name: .customLong("min-ratio"),
    help: ArgumentHelp(
      "Web famous needs audience / max(following, 1) of at least this.", valueName: "R"))
  var minRatio: Double = WebFameCriteria().minRatio

  @Option(
    help: ArgumentHelp(
      "A keep-list file: accounts you keep following whatever they do, shown as kept and out of "
        + "every not-following-back list and count: one @handle or id per line, # comments. "
        + "Merged with the database's list ('followgraph keep'). Repeatable.",
      valueName: "file"))
  var keep: [String] = []

  @Option(
    help: ArgumentHelp(
      "Another name of --keep (the keep-list was the web-famous whitelist). Repeatable.",
      valueName: "file"))
  var whitelist: [String] = []

  @Option(
    name: .customLong("inactive-days"),
    help: ArgumentHelp(
      "Triage: an account whose last post (the stored last_post_at: Mastodon last_status_at "
        + "from fetch or API pages) is older than this many days is inactive. Counted back from --as-of "
        + "where the command has it, else from the owner's latest snapshot (the newest "
        + "export or fetch); an unknown last post is never inactive.",
      valueName: "N"))
  var inactiveDays: Int = InactivityRule.defaultDays

  /// The keep-list files given, `--keep` first; `nil` when none.
  var keepFiles: String? {
    let files = keep + whitelist
    return files.isEmpty ? nil : files.joined(separator: ", ")
  }

  func validate() throws {
    guard minPercentile.isFinite, (0...100).contains(minPercentile) else {
      throw ValidationError("--min-percentile must be between 0 and 100")
    }
    guard minRatio.isFinite, minRatio >= 0 else {
      throw ValidationError("--min-ratio must be 0 or more")
    }
    guard inactiveDays >= 0 else {
      throw ValidationError("--inactive-days must be 0 or more")
    }
  }

  /// The thresholds.
  var criteria: WebFameCriteria {
    WebFameCriteria(minPercentile: minPercentile, minRatio: minRatio)
  }

  /// Reads and parses the keep-list files (`--keep`, `--whitelist`) into one list, or returns
  /// an empty list.
  ///
  /// - Throws: `ValidationError` when a file cannot be read, ``AnalysisError`` for a bad line.
  func loadWhitelist() throws -> WebFameWhitelist {
    var entries: [WebFameWhitelist.Entry] = []
    for file in keep + whitelist {
      let text: String
      do {
        text = try String(contentsOfFile: file, encoding: .utf8)
      } catch {
        throw ValidationError("cannot read keep-list '\(file)': \(error.localizedDescription)")
      }
      entries += try WebFameWhitelist(parsing: text, source: file).entries
    }
    return WebFameWhitelist(entries: entries)
  }

  /// The settings the use cases take, with PageRank when `damping` is given and inactivity
  /// counted back from `asOf` (`--as-of`) when given, else from the owner's latest snapshot.
  func settings(damping: Double?, asOf: Date? = nil) throws -> FameSettings {
    var settings = FameSettings(
      criteria: criteria, whitelist: try loadWhitelist(), damping: damping)
    settings.inactiveDays = inactiveDays
    settings.asOf = asOf
    return settings
  }
}

/// `--damping`: the PageRank damping factor.
struct PageRankOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "PageRank damping factor (networkx alpha), in (0, 1].", valueName: "d"))
  var damping: Double = 0.85

  func validate() throws {
    guard damping.isFinite, damping > 0, damping <= 1 else {
      throw ValidationError("--damping must be greater than 0 and at most 1")
    }
  }
}
