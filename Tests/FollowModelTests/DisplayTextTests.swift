import FollowModel
import Testing

/// Text from hostile files is printed as one visible line.
struct DisplayTextTests {
  @Test func plainTextIsUnchanged() {
    #expect(DisplayText.escaped("café @ana, ☕ 日本") == "café @ana, ☕ 日本")
  }

  @Test func controlAndBidiCharactersAreEscaped() {
    #expect(DisplayText.escaped("a\nb\r\tc") == "a\\u{A}b\\u{D}\\u{9}c")
    #expect(DisplayText.escaped("\u{1B}[2Jred\u{7F}\u{85}") == "\\u{1B}[2Jred\\u{7F}\\u{85}")
    #expect(
      DisplayText.escaped("x\u{202E}gpj.exe\u{2066}\u{2028}")
        == "x\\u{202E}gpj.exe\\u{2066}\\u{2028}")
    #expect(DisplayText.escaped("\u{0}") == "\\u{0}")
  }

  @Test func warningsAreEscapedWhenCreated() {
    let warning = ImportWarning(location: "f.txt\nline 2", message: "tweet \u{1B}]0;x\u{7} twice")
    #expect(warning.description == "f.txt\\u{A}line 2: tweet \\u{1B}]0;x\\u{7} twice")
  }
}
