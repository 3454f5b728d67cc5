import FollowImport
import FollowModel
import Foundation
import Testing

/// The malformed-input corpus: every file or folder in `Fixtures/malformed/` fails with exactly
/// the error listed here, and so do the broken inputs kept elsewhere under `Fixtures/` (named
/// with their folder, such as `fediverse/bad-hash.car`).
///
/// `{path}` stands for the fixture's own path. A new parser adds its broken inputs to the
/// folder (see `make_fixtures.py`) and one case each to a `MalformedCorpusTests+…Cases.swift`.
/// Themes files (`themes` as the format) are read as `topics --themes` reads them.
struct MalformedCorpusTests {
  /// One broken input: the fixture, the format it is read as (`nil`: detected), the caps, the
  /// owner (`--owner`), and the whole expected message.
  struct Case: CustomTestStringConvertible, Sendable {
    let fixture: String
    let format: String?
    let limits: ImportLimits
    let owner: AccountSelector?
    let message: String

    init(
      _ fixture: String, as format: String? = nil, limits: ImportLimits = ImportLimits(),
      owner: AccountSelector? = nil, _ message: String
    ) {
      self.fixture = fixture
      self.format = format
      self.limits = limits
      self.owner = owner
      self.message = message
    }

    var testDescription: String { fixture }

    /// Whether the fixture lives in `malformed/` (a bare name) rather than elsewhere.
    var isInMalformedFolder: Bool { !fixture.contains("/") }

    /// The fixture's path.
    var path: String {
      Fixture.path(isInMalformedFolder ? "malformed/\(fixture)" : fixture)
    }
  }

  static let edges = "edge-list"
  static let x = "twitter-archive"

  static let themes = "themes"
  static let mastodonOwner = AccountSelector.id("me@example.social", network: .mastodon)

  static let cases: [Case] =
    xArchiveCases + edgeListCases + csvCases + zipCases + twarc2Cases + accountsCSVCases
    + postsCSVCases + themeCases + mastodonCases + blueskyCases + socialCases

  @Test(arguments: cases)
  func failsWithTheExpectedError(_ entry: Case) throws {
    let path = entry.path
    var message = "<no error>"
    do {
      if entry.format == Self.themes {
        _ = try ThemeFile.read(path: path)
      } else {
        let source = try ImportSource(path: path, limits: entry.limits)
        let format = try entry.format.map(ExportFormats.named) ?? ExportFormats.detect(source)
        _ = try format.parse(
          source, context: ParseContext(owner: entry.owner, limits: entry.limits))
      }
    } catch let error as ImportError {
      message = error.errorDescription ?? ""
    }
    #expect(message == entry.message.replacingOccurrences(of: "{path}", with: path))
    #expect(!message.unicodeScalars.contains(where: DisplayText.isUnsafe))
  }

  @Test func everyFixtureInTheFolderHasACase() throws {
    let folder = Fixture.path("malformed")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(Set(names) == Set(Self.cases.filter(\.isInMalformedFolder).map(\.fixture)))
    #expect(Self.cases.count >= 40)
    for entry in Self.cases where !entry.isInMalformedFolder {
      #expect(FileManager.default.fileExists(atPath: entry.path), "\(entry.fixture)")
    }
  }
}
