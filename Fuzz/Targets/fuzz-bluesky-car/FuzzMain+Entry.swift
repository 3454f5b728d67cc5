import FollowFuzzing

/// The `fuzz-bluesky-car` executable: libFuzzer target or replayer of `FuzzTargets.blueskyCAR`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.blueskyCAR) }
}
