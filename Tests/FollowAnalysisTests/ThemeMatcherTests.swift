import FollowAnalysis
import FollowModel
import Testing

struct ThemeMatcherTests {
  let tokenizer = PostTokenizer()

  func counts(_ text: String, _ themes: [String]) throws -> [Int] {
    let matcher = try ThemeMatcher(themes: themes.map(Theme.init(parsing:)))
    return matcher.matchCounts(tokenizer.tokenize(text: text))
  }

  @Test func wordsMatchWordsAndHashtagWordsWithPluralsFolded() throws {
    // A theme word matches the word, its plural and the word a hashtag contributes
    #expect(try counts("Our Brands grow", ["m=brand"]) == [1])
    #expect(try counts("Tips for #SEO today", ["m=seo"]) == [1])
    #expect(try counts("no match here", ["m=seo"]) == [0])
  }

  @Test func hashtagTermsMatchOnlyHashtags() throws {
    #expect(try counts("content marketing rocks", ["m=#contentmarketing"]) == [0])
    #expect(try counts("#ContentMarketing rocks", ["m=#contentmarketing"]) == [1])
  }

  @Test func phrasesPrefixesAndEmoji() throws {
    #expect(try counts("Social media is loud", ["m=social media"]) == [1])
    #expect(try counts("media social", ["m=social media"]) == [0])
    #expect(try counts("Marketers love marketing", ["m=market*"]) == [2])
    #expect(try counts("launch 🚀 today", ["m=🚀"]) == [1])
    #expect(try counts("it is what it is", ["m=it"]) == [2])
  }

  @Test func countsPerThemeInGivenOrder() throws {
    #expect(
      try counts("SEO and brand and #football", ["m=seo,brand", "s=#football,goal"]) == [2, 1])
  }

  @Test func termsThatCannotMatchAreRejected() throws {
    // A number-only term can never match a word
    #expect(throws: AnalysisError.unusableThemeTerm(theme: "years", term: "2024")) {
      try ThemeMatcher(themes: [try Theme(parsing: "years=2024")])
    }
    #expect(throws: AnalysisError.unusableThemeTerm(theme: "p", term: "9*")) {
      try ThemeMatcher(themes: [try Theme(parsing: "p=9*")])
    }
  }
}
