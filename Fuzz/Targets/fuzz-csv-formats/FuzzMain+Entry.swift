import FollowFuzzing

/// The `fuzz-csv-formats` executable: libFuzzer target or replayer of `FuzzTargets.csvFormats`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.csvFormats) }
}
