import FollowFuzzing

/// The `fuzz-tar-gz` executable: libFuzzer target or replayer of `FuzzTargets.tarGz`.
@main enum Entry {
  static func main() { FuzzMain.run(FuzzTargets.tarGz) }
}
