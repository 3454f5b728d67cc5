import FollowFuzzing

/// The `fuzz-x-follow-list` executable: libFuzzer target or replayer of `FuzzTargets.xFollowList`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.xFollowList) }
}
