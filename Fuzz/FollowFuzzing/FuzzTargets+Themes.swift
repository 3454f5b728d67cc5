import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// A themes file (`topics --themes`) read as YAML, JSON, TOML and by content, as the
  /// file's extension would choose: only clean ``ImportError``s, and themes that come out have
  /// a name and at least one term each, with no name twice.
  public static let themes = FuzzTarget(name: "fuzz-themes") { data in
    for name in themeFileNames {
      let result = try FuzzChecks.outcome { try ThemeFile.parse(data, path: name) }
      guard case .success(let themes) = result else { continue }
      if themes.isEmpty { throw FuzzViolation("\(name): no theme and no error") }
      for theme in themes where theme.name.isEmpty || theme.terms.isEmpty {
        throw FuzzViolation("\(name): theme '\(theme.name)' without name or terms")
      }
      let names = themes.map { $0.name.lowercased() }
      if Set(names).count != names.count {
        throw FuzzViolation("\(name): a theme name appears twice: \(names)")
      }
    }
  }

  /// The file names the themes target parses each input as: the extension picks the syntax.
  static let themeFileNames = ["themes.yaml", "themes.json", "themes.toml", "themes.txt"]
}
