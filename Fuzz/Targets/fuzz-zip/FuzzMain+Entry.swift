import FollowFuzzing

/// The `fuzz-zip` executable: libFuzzer target or replayer of `FuzzTargets.zip`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.zip) }
}
