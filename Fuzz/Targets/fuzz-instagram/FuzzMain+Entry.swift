import FollowFuzzing

/// The `fuzz-instagram` executable: libFuzzer target or replayer of `FuzzTargets.instagram`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.instagram) }
}
