import ArgumentParser
import FollowAnalysis
import FollowUseCases
import Foundation

/// `--min-percentile`, `--min-ratio` and `--whitelist`: what makes an account web famous.
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
      "A file of accounts that are web famous whatever their figures: one @handle or id per "
        + "line, # comments.",
      valueName: "file"))
  var whitelist: String?

  func validate() throws {
    guard minPercentile.isFinite, (0...100).contains(minPercentile) else {
      throw ValidationError("--min-percentile must be between 0 and 100")
    }
    guard minRatio.isFinite, minRatio >= 0 else {
      throw ValidationError("--min-ratio must be 0 or more")
    }
  }

  /// The thresholds.
  var criteria: WebFameCriteria {
    WebFameCriteria(minPercentile: minPercentile, minRatio: minRatio)
  }

  /// Reads and parses the whitelist file, or returns an empty whitelist.
  ///
  /// - Throws: `ValidationError` when the file cannot be read, ``AnalysisError`` for a bad line.
  func loadWhitelist() throws -> WebFameWhitelist {
    guard let whitelist else { return .empty }
    let text: String
    do {
      text = try String(contentsOfFile: whitelist, encoding: .utf8)
    } catch {
      throw ValidationError("cannot read whitelist '\(whitelist)': \(error.localizedDescription)")
    }
    return try WebFameWhitelist(parsing: text, source: whitelist)
  }

  /// The settings the use cases take, with PageRank when `damping` is given.
  func settings(damping: Double?) throws -> FameSettings {
    FameSettings(criteria: criteria, whitelist: try loadWhitelist(), damping: damping)
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
