import FollowFuzzing

/// The `fuzz-linkedin` executable: libFuzzer target or replayer of `FuzzTargets.linkedin`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.linkedin) }
}
