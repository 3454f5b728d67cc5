import FollowModel
import Testing

struct ThemeTests {
  @Test func parsesTheCommandLineForm() throws {
    // Given --theme with spaces, a hashtag, a phrase, a prefix, an empty item and a repeat
    let theme = try Theme(
      parsing: " marketing = marketing, brand ,#ContentMarketing,,social media,market*,Brand")
    // Then the name and terms are trimmed, empty and repeated terms dropped, order kept
    #expect(theme.name == "marketing")
    #expect(theme.terms == ["marketing", "brand", "#ContentMarketing", "social media", "market*"])
    #expect(theme.hashtags == ["#ContentMarketing"])
    #expect(theme.words == ["marketing", "brand", "social media", "market*"])
  }

  @Test(arguments: [
    ("marketing", "expected name=term"),
    ("=seo", "no name"),
    ("marketing=", "no words or hashtags"),
    ("marketing= , ,", "no words or hashtags"),
    ("any=seo", "reserved"),
    ("seo=#", "names nothing"),
  ])
  func rejectsUnusableThemes(specification: String, reason: String) {
    // When a theme cannot be used, the error says why in one line
    #expect {
      try Theme(parsing: specification)
    } throws: { error in
      guard case ModelError.invalidTheme(_, let message) = error else { return false }
      return message.contains(reason) && !"\(error)".contains("\n")
    }
  }

  @Test func themeNamesMustBeUnique() throws {
    let themes = [try Theme(parsing: "SEO=seo"), try Theme(parsing: "seo=serp")]
    #expect(throws: ModelError.self) { try Theme.validateUnique(themes) }
    #expect(throws: Never.self) { try Theme.validateUnique([themes[0]]) }
  }
}
