import FollowFuzzing

/// The `fuzz-edge-list` executable: libFuzzer target or replayer of `FuzzTargets.edgeList`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.edgeList) }
}
