import FollowFuzzing

/// The `fuzz-fetch-api` executable: libFuzzer target or replayer of `FuzzTargets.fetchAPI`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.fetchAPI) }
}
