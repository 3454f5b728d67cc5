import FollowFuzzing

/// The `fuzz-twarc2` executable: libFuzzer target or replayer of `FuzzTargets.twarc2`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.twarc2) }
}
