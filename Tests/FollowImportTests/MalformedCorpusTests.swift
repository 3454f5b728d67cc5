import FollowImport
import FollowModel
import Foundation
import Testing

/// The malformed-input corpus: every file or folder in `Fixtures/malformed/` fails with exactly
/// the error listed here.
///
/// `{path}` stands for the fixture's own path. A new parser adds its broken inputs to the
/// folder (see `make_fixtures.py`) and one case each to `MalformedCorpusTests+Cases.swift`.
struct MalformedCorpusTests {
  /// One broken input: the fixture, the format it is read as (`nil`: detected), the caps, and
  /// the whole expected message.
  struct Case: CustomTestStringConvertible, Sendable {
    let fixture: String
    let format: String?
    let limits: ImportLimits
    let message: String

    init(
      _ fixture: String, as format: String? = nil, limits: ImportLimits = ImportLimits(),
      _ message: String
    ) {
      self.fixture = fixture
      self.format = format
      self.limits = limits
      self.message = message
    }

    var testDescription: String { fixture }
  }

  static let edges = "edge-list"
  static let x = "twitter-archive"

  static let cases: [Case] = xArchiveCases + edgeListCases + csvCases + zipCases

  @Test(arguments: cases)
  func failsWithTheExpectedError(_ entry: Case) throws {
    let path = Fixture.path("malformed/\(entry.fixture)")
    var message = "<no error>"
    do {
      let source = try ImportSource(path: path, limits: entry.limits)
      let format = try entry.format.map(ExportFormats.named) ?? ExportFormats.detect(source)
      _ = try format.parse(source, context: ParseContext(limits: entry.limits))
    } catch let error as ImportError {
      message = error.errorDescription ?? ""
    }
    #expect(message == entry.message.replacingOccurrences(of: "{path}", with: path))
    #expect(!message.unicodeScalars.contains(where: DisplayText.isUnsafe))
  }

  @Test func everyFixtureInTheFolderHasACase() throws {
    let folder = Fixture.path("malformed")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(Set(names) == Set(Self.cases.map(\.fixture)))
    #expect(Self.cases.count >= 40)
  }
}
