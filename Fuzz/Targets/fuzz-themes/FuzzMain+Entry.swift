import FollowFuzzing

/// The `fuzz-themes` executable: libFuzzer target or replayer of `FuzzTargets.themes`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.themes) }
}
