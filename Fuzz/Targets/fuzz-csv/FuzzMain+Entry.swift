import FollowFuzzing

/// The `fuzz-csv` executable: libFuzzer target or replayer of `FuzzTargets.csv`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.csv) }
}
