import FollowAnalysis
import FollowModel
import Foundation
import Testing

/// Stop words for posts that declare no language (Instagram, LinkedIn, posts CSV without
/// `lang`, X's `und`), read from the post's own function words.
struct StopWordInferenceTests {
  let tokenizer = PostTokenizer()

  func words(_ text: String, language: String? = nil) -> [String] {
    tokenizer.tokenize(LanguageStopWordsTests.post(text, language: language)).words
  }

  @Test func undeclaredPostsLoseTheFunctionWordsOfTheirLanguage() {
    #expect(
      words("Hoy vamos a la playa con mis amigos porque hace mucho calor")
        == ["playa", "amigo", "calor"])
    #expect(
      words("Ich habe heute keine Zeit, weil wir das Projekt fertig machen müssen")
        == ["projekt", "fertig"])  // stopwords-iso's German list holds "zeit", "machen", …
    #expect(
      words("Nous avons lancé notre nouvelle campagne avec une équipe formidable")
        == ["lancé", "nouvelle", "campagne", "équipe", "formidable"])
    // X's "und" (undetermined) counts as undeclared
    #expect(words("Der Hund und die Katze", language: "und") == ["hund", "katze"])
  }

  @Test func englishPostsWithWordsOfOtherListsKeepThem() {
    // Each of these holds stop words of another language ("god" and "man" are Swedish,
    // "tag" Danish and German, "force" and "stop" French), but too few, or fewer than its
    // English ones.
    for text in [
      "A belief in a cruel god makes a cruel man",
      "Spring MVC tag interaction with custom tag",
      "Force Excel to stop applying auto-corrections to CSV import data",
      "Man braving the storm to walk his dog in the rain",
    ] {
      let inferred = tokenizer.tokenize(text: text, infersLanguage: true)
      let plain = tokenizer.tokenize(text: text)
      #expect(inferred == plain, "\(text)")
    }
  }

  @Test func aDeclaredLanguageIsNeverSecondGuessed() {
    // Declared English: Spanish function words stay (only English ones, "de" and "con", go)
    #expect(
      words("la casa de mis padres con el jardín", language: "en")
        == ["la", "casa", "mis", "padre", "el", "jardín"])
    // Declared German: German ones go, French ones stay
    #expect(
      words("Der Hund et le chat avec nous", language: "de") == [
        "hund", "et", "le", "chat", "avec", "nous",
      ])
  }
}
