import ArgumentParser
import FollowUseCases

/// `--in-memory` and `--in-database`: where an analysis runs.
struct PlacementOptions: ParsableArguments {
  @Flag(
    help: ArgumentHelp(
      "Load the network into memory and analyse it here (the default for SQLite, and for "
        + "PostgreSQL up to 25 million stored follows)."))
  var inMemory = false

  @Flag(
    help: ArgumentHelp(
      "PostgreSQL only: compute the figures by SQL on the server and read back only the "
        + "results, for graphs that do not fit in memory (the default above 25 million stored "
        + "follows). Web-famous triage is left out."))
  var inDatabase = false

  func validate() throws {
    if inMemory && inDatabase {
      throw ValidationError("--in-memory and --in-database exclude each other")
    }
  }

  /// The placement asked for.
  var placement: AnalysisPlacement {
    inMemory ? .inMemory : inDatabase ? .inDatabase : .automatic
  }
}
