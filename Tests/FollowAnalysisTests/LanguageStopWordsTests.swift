import FollowAnalysis
import FollowModel
import Foundation
import Testing

/// Stop words chosen per post from its declared language.
struct LanguageStopWordsTests {
  static func post(_ text: String, language: String?) -> Post {
    Post(
      id: "1", author: AccountID(network: .mastodon, value: "a@example.social"),
      createdAt: Date(timeIntervalSince1970: 0), text: text, language: language)
  }

  @Test func listsAreFoundByLanguageTag() throws {
    let german = try #require(StopWords.forLanguage("de"))
    #expect(german.contains("und") && german.contains("nicht"))
    #expect(!german.contains("hund"))
    #expect(try #require(StopWords.forLanguage("pt-BR")).contains("não"))
    #expect(try #require(StopWords.forLanguage("ES")).contains("pero"))
    #expect(StopWords.forLanguage("nb") == StopWords.forLanguage("no"))
    #expect(try #require(StopWords.forLanguage("ja")).contains("これ"))
    // English keeps scikit-learn's list; unknown and missing languages add nothing
    #expect(StopWords.forLanguage("en") == nil)
    #expect(StopWords.forLanguage("xx") == nil)
    #expect(StopWords.forLanguage(nil) == nil)
  }

  @Test func aPostLosesTheStopWordsOfItsDeclaredLanguage() {
    let tokenizer = PostTokenizer()
    // Given a German post declared as German
    let german = tokenizer.tokenize(
      Self.post("Der Hund und die Katze schlafen nicht", language: "de"))
    // Then German function words go and content words stay
    #expect(german.words == ["hund", "katze", "schlafen"])
    // And phrase matching still sees every word
    #expect(german.allWords.contains("und"))
    // Without a declared language the post's own function words point to German
    // (StopWordInferenceTests)
    let undeclared = tokenizer.tokenize(Self.post("Der Hund und die Katze", language: nil))
    #expect(undeclared.words == ["hund", "katze"])
    // Two of them are not enough to go by
    let short = tokenizer.tokenize(Self.post("Der Hund und", language: nil))
    #expect(short.words == ["der", "hund", "und"])
    // English stop words go whatever the language
    let mixed = tokenizer.tokenize(Self.post("the Hund and die Katze", language: "de"))
    #expect(mixed.words == ["hund", "katze"])
  }

  @Test func languageListsCanBeTurnedOff() {
    let tokenizer = PostTokenizer(usesLanguageStopWords: false)
    let post = tokenizer.tokenize(Self.post("Der Hund und die Katze", language: "de"))
    #expect(post.words == ["der", "hund", "und", "die", "katze"])
  }
}
