/// Which keep-list a web-famous computation used: the files given on the command line
/// (`--keep`, `--whitelist`) and the database's own list (`followgraph keep`), merged.
public struct KeepListUse: Equatable, Sendable {
  /// The files given, joined with ", "; `nil` when none.
  public var files: String?
  /// Entries of the database's keep-list.
  public var storedEntries: Int

  /// Creates the description.
  ///
  /// - Parameters:
  ///   - files: The files given, joined with ", "; `nil` when none.
  ///   - storedEntries: Entries of the database's keep-list.
  public init(files: String?, storedEntries: Int) {
    self.files = files
    self.storedEntries = storedEntries
  }

  /// The clause that follows the thresholds: `, or listed in famous.txt and the database's
  /// keep-list (3 entries)`, or ` (no keep-list)` when neither is in use.
  public var clause: String {
    var sources: [String] = []
    if let files { sources.append(files) }
    if storedEntries > 0 {
      sources.append(
        "the database's keep-list (\(storedEntries) \(storedEntries == 1 ? "entry" : "entries"))")
    }
    return sources.isEmpty
      ? " (no keep-list)" : ", or listed in " + sources.joined(separator: " and ")
  }
}
