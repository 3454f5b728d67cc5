import FollowFuzzing

/// The `fuzz-twitter-js` executable: libFuzzer target or replayer of `FuzzTargets.twitterJS`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.twitterJS) }
}
