import FollowFuzzing

/// The `fuzz-mastodon` executable: libFuzzer target or replayer of `FuzzTargets.mastodon`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.mastodon) }
}
