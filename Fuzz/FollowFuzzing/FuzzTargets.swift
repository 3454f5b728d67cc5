/// Every fuzz entry point, by executable name.
///
/// A new parser adds one here (see `Fuzz/README.md`).
public enum FuzzTargets {
  /// All targets, in the order `Scripts/fuzz.sh` runs them.
  public static let all: [FuzzTarget] = [
    twitterJS, edgeList, csv, zip, json, twarc2, csvFormats, themes, tarGz, mastodon, blueskyCAR,
    blueskyAPI, instagram, linkedin, xFollowList, fetchAPI,
  ]

  /// The target named `name`, such as `fuzz-csv`.
  ///
  /// - Parameter name: An executable name.
  /// - Returns: The target, or `nil`.
  public static func named(_ name: String) -> FuzzTarget? {
    all.first { $0.name == name }
  }
}
