import FollowFuzzing

/// The `fuzz-json` executable: libFuzzer target or replayer of `FuzzTargets.json`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.json) }
}
