import FollowFuzzing

/// The `fuzz-bluesky-api` executable: libFuzzer target or replayer of `FuzzTargets.blueskyAPI`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.blueskyAPI) }
}
