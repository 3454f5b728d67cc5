import FollowAnalysis
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// The tokenizer on real posts from the shared exports and on hand-made edge cases.
struct PostTokenizerTests {
  let tokenizer = PostTokenizer()

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func tweetWithLinkAndHashtags() throws {
    // Given a real tweet with two hashtags, an emoji and a t.co link
    let post = try SharedExports.tweet("857604495521533956")
    // When it is tokenized
    let tokens = tokenizer.tokenize(post)
    // Then the link is counted and removed, hashtags are features and words, stop words go
    #expect(tokens.urlCount == 1)
    #expect(tokens.hashtags == ["#berlinjs", "#jsconfeu"])
    #expect(tokens.emoji == ["📅"])
    #expect(tokens.words == ["berlinj", "jsconfeu", "special", "week", "thursday", "4th"])
    #expect(tokens.surfaceWords == ["berlinjs", "jsconfeu", "special", "week", "thursday", "4th"])
    #expect(!tokens.allWords.contains { $0.contains("t.co") || $0 == "https" })
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func tweetFullOfEmojiAndMentions() throws {
    // Given a real tweet with seven emoji, four mentions, an encoded '&' and a link
    let tokens = tokenizer.tokenize(try SharedExports.tweet("623412671233294337"))
    // Then every emoji is one token (variation selector dropped), mentions are counted
    #expect(tokens.emoji == ["📣", "🅰", "🆕", "📻", "✅", "💥", "✨"])
    #expect(tokens.mentionCount == 4)
    #expect(tokens.urlCount == 1)
    #expect(tokens.words == ["hosted", "make", "sure"])
    #expect(tokens.plainText.contains("@distilledhype & @hglattergotz."))
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func emojiWithSkinToneAndJoinedSequences() throws {
    // Given a reply made only of emoji (one with a skin tone) and a retweet with ZWJ emoji
    let reply = tokenizer.tokenize(try SharedExports.tweet("657693825922637824"))
    let retweet = try SharedExports.tweet("938000092937834496")
    let joined = tokenizer.tokenize(retweet)
    // Then emoji do not vanish: skin tones fold away, joined sequences stay whole
    #expect(reply.emoji == ["😆", "🤘"])
    #expect(reply.mentionCount == 1)
    #expect(!reply.isEmpty)
    #expect(joined.emoji == ["👩\u{200D}💻", "👨\u{200D}💻"])
    #expect(retweet.isRepost)
    #expect(joined.words == ["humble", "like", "tinder", "finding", "job"])
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func mastodonHTMLWithMentionsAndSplitLink() throws {
    // Given a real Mastodon post: mentions in h-card spans, a link split over invisible spans
    let html = try SharedExports.mastodonContent("109337325277936164")
    // When it is tokenized
    let tokens = tokenizer.tokenize(text: html)
    // Then tags are gone, the link is one link, the entity is decoded
    #expect(
      tokens.plainText
        == "@obsolete29 I'm reminded of this classic https://www.ftrain.com/wwic by @ftrain")
    #expect(tokens.mentionCount == 2)
    #expect(tokens.urlCount == 1)
    #expect(tokens.words == ["reminded", "classic"])
    #expect(tokens.allWords.contains("i'm"))
  }

  @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func mastodonHashtagInsideSpan() throws {
    // Given a real Mastodon post whose hashtag is `#<span>caterday</span>` inside quotes
    let tokens = tokenizer.tokenize(text: try SharedExports.mastodonContent("109333840388857217"))
    // Then the hashtag survives the markup and the quotes are decoded
    #expect(tokens.hashtags == ["#caterday"])
    #expect(tokens.words == ["caterday", "business", "mastodon", "send", "photo", "harley"])
    #expect(tokens.plainText.hasPrefix("\"#caterday is serious business"))
  }

  @Test func unicodeScriptsApostrophesAndFullWidth() {
    // Given Japanese without spaces, typographic apostrophes, accents, full-width letters,
    // a flag, an e-mail address, a hashtag with '_' and a number-only hashtag
    let tokens = tokenizer.tokenize(
      text: "東京で会いましょう！ Marketing’s brands' policies don't matter. "
        + "café naïve "
        + "Ｆｕｌｌｗｉｄｔｈ 🇩🇪 e-mail bob@example.com #SEO_tips #2024")
    // Then Japanese becomes character pairs, possessives and plurals fold, nothing crashes
    let pairs = ["東京", "京で", "で会", "会い", "いま", "まし", "しょ", "ょう"]
    #expect(Array(tokens.words.prefix(8)) == pairs)
    #expect(
      Array(tokens.words.dropFirst(8)) == [
        "marketing", "brand", "policy", "matter", "café", "naïve", "fullwidth", "mail", "seo",
        "tip",
      ])
    #expect(tokens.allWords.contains("don't"))
    #expect(tokens.hashtags == ["#seo_tips"])
    #expect(tokens.emoji == ["🇩🇪"])
    #expect(tokens.urlCount == 1)
  }

  @Test func postsWithNothingToAnalyse() {
    // Given posts holding only links, mentions, numbers or nothing
    for text in [
      "", "   ", "https://example.com/a?b=c", "@alice @bob@example.social", "2024 42 !!!",
    ] {
      // Then they are empty, with links and mentions still counted
      let tokens = tokenizer.tokenize(text: text)
      #expect(tokens.isEmpty, "\(text)")
    }
    #expect(tokenizer.tokenize(text: "https://a.example www.b.example").urlCount == 2)
    #expect(tokenizer.tokenize(text: "@alice @bob@example.social").mentionCount == 2)
  }

  @Test func extraHashtagsFromTheExportAreAdded() {
    // Given a Bluesky-style post whose `tags` hold a hashtag missing from the text
    let post = Post(
      id: "1", author: AccountID(network: .bluesky, value: "did:plc:x"),
      createdAt: .init(timeIntervalSince1970: 0), text: "New post #seo",
      hashtags: ["seo", "Growth"])
    // Then the missing tag is added once, the present one not repeated
    #expect(tokenizer.tokenize(post).hashtags == ["#seo", "#growth"])
  }

  @Test(arguments: [
    ("policies", "policy"), ("shares", "share"), ("brands", "brand"), ("business", "business"),
    ("status", "status"), ("toes", "toes"), ("ads", "ads"), ("news", "new"), ("café", "café"),
    ("b2bs", "b2bs"),
  ])
  func pluralFolding(word: String, folded: String) {
    #expect(PluralFolding.fold(word) == folded)
  }

  @Test func stopWordsAreScikitLearnsListAndContractions() {
    #expect(StopWords.english.count == 318 + 58)
    #expect(StopWords.english.contains("the") && StopWords.english.contains("don't"))
    #expect(!StopWords.english.contains("marketing"))
  }
}
