import Foundation

/// Fixtures that tests of several targets (and the CLI's end-to-end tests) read from the
/// source tree, so one copy serves all of them.
public enum SharedFixtures {
  /// A fixture under `Tests/FollowImportTests/Fixtures/`.
  ///
  /// - Parameter name: A file or folder name, such as `hostile-archive`.
  /// - Returns: Its URL in the source tree.
  public static func importFixture(_ name: String) -> URL {
    ReferenceData.projectRoot.appendingPathComponent("Tests/FollowImportTests/Fixtures")
      .appendingPathComponent(name)
  }
}
