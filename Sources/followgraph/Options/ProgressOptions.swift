import ArgumentParser

/// `--quiet`: no progress bar (it is only shown on a terminal anyway).
struct ProgressOptions: ParsableArguments {
  @Flag(help: "No progress bar on stderr.")
  var quiet = false

  /// A progress bar honouring `--quiet`.
  func makeBar() -> ProgressBar { ProgressBar(quiet: quiet) }
}
