import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

struct ThemeFileTests {
  static let expected: [Theme] = {
    (try? [
      Theme(
        name: "marketing",
        terms: ["marketing", "brand", "seo", "#contentmarketing", "social media"]),
      Theme(name: "sports", terms: ["football", "goal", "#worldcup", "#nfl"]),
    ]) ?? []
  }()

  @Test(arguments: ["themes.yaml", "themes.toml"])
  func readsYAMLAndTOML(file: String) throws {
    #expect(try ThemeFile.read(path: try Fixture.path(file)) == Self.expected)
  }

  @Test func readsJSONListsOfNamedThemes() throws {
    // The JSON fixture lists hashtags separately, so marketing's order differs
    let themes = try ThemeFile.read(path: try Fixture.path("themes.json"))
    #expect(themes.map(\.name) == ["marketing", "sports"])
    #expect(Set(themes[0].terms) == Set(Self.expected[0].terms))
    #expect(themes[1] == Self.expected[1])
  }

  @Test(arguments: [
    ("t.yaml", "marketing: [seo\nsports: [goal]\n", "line 2"),
    ("t.yaml", "marketing:\n  words: [seo]\n  colour: [red]\n", "unknown key 'colour'"),
    ("t.yaml", "marketing: []\n", "no words or hashtags"),
    ("t.yaml", "seo: [a]\nSEO: [b]\n", "two themes are named"),
    ("t.yaml", "just text\n", "found a single value"),
    ("t.json", "{\"any\": [\"x\"]}", "reserved"),
    ("t.toml", "[marketing]\nwords = [\"a\", 3]\n", "line 2"),
    ("t.toml", "[marketing]\nwords = \"a\" extra\n", "line 2: unexpected text"),
    ("t.toml", "[a.b]\nwords = [\"x\"]\n", "nested tables"),
    ("t.yaml", "   \n", "the file is empty"),
  ])
  func badFilesGiveOneLineErrors(name: String, content: String, message: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(content, to: name)
    #expect {
      try ThemeFile.read(path: path)
    } throws: { error in
      let text = (error as? ImportError)?.errorDescription ?? ""
      return text.contains(message) && text.hasPrefix(path) && !text.contains("\n")
    }
  }

  @Test func aFileOverOneMebibyteIsRefused() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(String(repeating: "seo: [a]\n", count: 120_000), to: "big.yaml")
    #expect(
      throws: ImportError.malformed(
        path: path, location: nil,
        reason: "larger than 1048576 bytes, the most a themes file may hold")
    ) { try ThemeFile.read(path: path) }
  }

  @Test func yamlAnchorsAreRefusedAndAmpersandsInWordsAreText() throws {
    let folder = try TemporaryFolder()
    let words = try folder.write("research: [R&D, \"AT&T\"]\n", to: "amp.yaml")
    #expect(
      try ThemeFile.read(path: words) == [try Theme(name: "research", terms: ["R&D", "AT&T"])])
    let anchored = try folder.write("a: [x]\nb: &words [y]\nc: *words\n", to: "anchor.yaml")
    #expect(
      throws: ImportError.malformed(
        path: anchored, location: "line 2",
        reason: "YAML anchors and aliases are not supported in themes files (found '&words'; "
          + "write '&' right after a word, or 'and')")
    ) { try ThemeFile.read(path: anchored) }
    // TOML has no anchors: '&' is text there.
    let toml = try folder.write("music = [\"rock &roll\"]\n", to: "music.toml")
    #expect(try ThemeFile.read(path: toml) == [try Theme(name: "music", terms: ["rock &roll"])])
  }

  @Test func missingAndUnreadableFiles() throws {
    let folder = try TemporaryFolder()
    #expect(throws: ImportError.fileNotFound(path: folder.path("none.yaml"))) {
      try ThemeFile.read(path: folder.path("none.yaml"))
    }
    #expect(throws: ImportError.self) { try ThemeFile.read(path: folder.url.path) }
    let path = try folder.write("seo: [a]\n", to: "locked.yaml")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
    if getuid() != 0 {
      #expect(throws: ImportError.self) { try ThemeFile.read(path: path) }
    }
  }
}
