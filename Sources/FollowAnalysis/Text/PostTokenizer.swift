import FollowModel
import Foundation

/// What the tokenizer found in one post.
public struct TokenizedPost: Equatable, Sendable {
  /// Content words in order.
  ///
  /// Lower-case, stop words removed, plurals folded. Hashtags also appear here as words (`#SEO`
  /// adds `seo`).
  public var words: [String]
  /// Each content word as written (lower case, not folded), parallel to ``words``; reports
  /// show a folded word in its most frequent written form.
  public var surfaceWords: [String]
  /// Every word in order, stop words included (folded), for phrase matching.
  public var allWords: [String]
  /// Hashtags as features, lower-case with their `#` (`#seo`), in order of appearance.
  public var hashtags: [String]
  /// Emoji, one token per emoji with skin tones and variation selectors removed.
  public var emoji: [String]
  /// Links (and e-mail addresses) removed from the words.
  public var urlCount: Int
  /// `@mentions` removed from the words.
  public var mentionCount: Int
  /// The text without HTML, references decoded, runs of white space collapsed; for excerpts.
  public var plainText: String

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - words: Content words.
  ///   - surfaceWords: Content words as written.
  ///   - allWords: All words.
  ///   - hashtags: Hashtag features.
  ///   - emoji: Emoji tokens.
  ///   - urlCount: Links removed.
  ///   - mentionCount: Mentions removed.
  ///   - plainText: The plain text.
  public init(
    words: [String] = [], surfaceWords: [String] = [], allWords: [String] = [],
    hashtags: [String] = [], emoji: [String] = [], urlCount: Int = 0, mentionCount: Int = 0,
    plainText: String = ""
  ) {
    self.words = words
    self.surfaceWords = surfaceWords
    self.allWords = allWords
    self.hashtags = hashtags
    self.emoji = emoji
    self.urlCount = urlCount
    self.mentionCount = mentionCount
    self.plainText = plainText
  }

  /// The features topic discovery counts: words, then hashtags, then emoji.
  public var terms: [String] { words + hashtags + emoji }

  /// Whether nothing analysable is left, as in a post holding only a link.
  public var isEmpty: Bool { allWords.isEmpty && hashtags.isEmpty && emoji.isEmpty }
}

/// Splits short posts into the words, hashtags and emoji that theme and topic figures count.
///
/// The steps, in order:
/// 1. HTML tags are stripped and character references decoded (``HTMLText``).
/// 2. The text is normalised to Unicode NFKC and lower-cased (Unicode-aware, any script).
/// 3. Links (`http://…`, `https://…`, `www.…`, up to the next space) and e-mail addresses are
///    removed and counted; `@mentions` (`@user`, `@user@host`) are removed and counted.
/// 4. `#hashtags` (a letter, digit or `_` run holding at least one letter) become features
///    (`#seo`) and their parts, split at `_`, become words.
/// 5. Words are runs of letters, digits and combining marks holding at least one letter, with
///    inner apostrophes kept (`don't`); a possessive `'s` is dropped; words of one character
///    are dropped. Chinese and Japanese runs, written without spaces, become overlapping
///    character pairs (one character alone stays one token). Emoji become one token each.
///    Numbers, punctuation and other symbols separate words.
/// 6. English stop words (``StopWords``), and those of a stored post's declared language
///    (``StopWords/forLanguage(_:)``), are removed and plurals folded (``PluralFolding``).
///
/// A repost's leading `RT` marker is not counted as a word.
public struct PostTokenizer: Sendable {
  /// The words removed from ``TokenizedPost/words``.
  public var stopWords: Set<String>

  /// Whether a stored post's declared language adds its stop words
  /// (``StopWords/forLanguage(_:)``).
  public var usesLanguageStopWords: Bool

  /// Creates a tokenizer.
  ///
  /// - Parameters:
  ///   - stopWords: The stop words of every post; default ``StopWords/english``.
  ///   - usesLanguageStopWords: Whether a post's declared language adds its stop words.
  public init(stopWords: Set<String> = StopWords.english, usesLanguageStopWords: Bool = true) {
    self.stopWords = stopWords
    self.usesLanguageStopWords = usesLanguageStopWords
  }

  /// Tokenizes a stored post, adding the hashtags its export lists but its text lacks
  /// (Bluesky `tags`).
  ///
  /// - Parameter post: The post.
  /// - Returns: Its tokens.
  /// - Complexity: O(*n*) for *n* characters.
  public func tokenize(_ post: Post) -> TokenizedPost {
    let undeclared = post.language == nil || post.language?.lowercased() == "und"
    return tokenize(
      text: post.text, extraHashtags: post.hashtags,
      languageStopWords: usesLanguageStopWords ? StopWords.forLanguage(post.language) : nil,
      infersLanguage: usesLanguageStopWords && undeclared)
  }

  /// Tokenizes text.
  ///
  /// - Parameters:
  ///   - text: Plain text or HTML.
  ///   - extraHashtags: Hashtags (with or without `#`) to add when the text lacks them.
  ///   - languageStopWords: Stop words of the post's language, removed besides
  ///     ``stopWords`` (see ``StopWords/forLanguage(_:)``).
  ///   - infersLanguage: For a post that declares no language: also remove the stop words of
  ///     the languages its own function words point to (``StopWords/inferredLanguages(_:)``).
  /// - Returns: The tokens.
  /// - Complexity: O(*n*) for *n* characters.
  public func tokenize(
    text: String, extraHashtags: [String] = [], languageStopWords: Set<String>? = nil,
    infersLanguage: Bool = false
  ) -> TokenizedPost {
    let plain = HTMLText.plainText(text)
    var result = TokenizedPost(plainText: Self.collapsingWhiteSpace(plain))
    // Every word as written and folded, kept only to infer an undeclared language.
    var spoken: [(word: String, folded: String)]? = infersLanguage ? [] : nil
    var scanner = TokenScanner(scalars: Array(Self.normalized(plain).unicodeScalars))
    scanner.skipRetweetMarker()
    while let token = scanner.next() {
      switch token {
      case .url: result.urlCount += 1
      case .mention: result.mentionCount += 1
      case .emoji(let emoji): result.emoji.append(emoji)
      case .hashtag(let tag):
        result.hashtags.append("#" + tag)
        for part in tag.split(separator: "_") {
          addWord(String(part), to: &result, also: languageStopWords, record: &spoken)
        }
      case .word(let word):
        addWord(word, to: &result, also: languageStopWords, record: &spoken)
      case .ideographs(let text):
        addWord(text, to: &result, fold: false, also: languageStopWords, record: &spoken)
      }
    }
    for tag in extraHashtags {
      let name = Self.normalized(tag.hasPrefix("#") ? String(tag.dropFirst()) : tag)
      guard !name.isEmpty, !result.hashtags.contains("#" + name) else { continue }
      result.hashtags.append("#" + name)
      for part in name.split(separator: "_") {
        addWord(String(part), to: &result, also: languageStopWords, record: &spoken)
      }
    }
    if let spoken { dropInferredStopWords(from: &result, words: spoken) }
    return result
  }

  /// Removes the stop words of the languages ``StopWords/inferredLanguages(_:)`` reads from
  /// the post's words (hashtag words included).
  private func dropInferredStopWords(
    from result: inout TokenizedPost, words: [(word: String, folded: String)]
  ) {
    let mask = StopWords.inferredLanguages(words)
    guard mask != 0 else { return }
    var words: [String] = []
    var surface: [String] = []
    for (folded, word) in zip(result.words, result.surfaceWords)
    where !StopWords.belongs(word, to: mask) && !StopWords.belongs(folded, to: mask) {
      words.append(folded)
      surface.append(word)
    }
    result.words = words
    result.surfaceWords = surface
  }

  /// Normalises and folds a single word the way post words are, for matching theme terms.
  ///
  /// - Parameter word: A word as a user typed it.
  /// - Returns: The folded, lower-case word.
  public func normalizedWord(_ word: String) -> String {
    PluralFolding.fold(Self.stripPossessive(Self.normalized(word)))
  }

  private func addWord(
    _ raw: String, to result: inout TokenizedPost, fold: Bool = true, also: Set<String>? = nil,
    record: inout [(word: String, folded: String)]?
  ) {
    var word = Self.stripPossessive(raw)
    while let first = word.unicodeScalars.first, ScalarClass.isApostrophe(first) {
      word.unicodeScalars.removeFirst()
    }
    while let last = word.unicodeScalars.last, ScalarClass.isApostrophe(last) {
      word.unicodeScalars.removeLast()
    }
    guard
      word.unicodeScalars.count >= 2 || (word.unicodeScalars.first.map(ScalarClass.isCJK) ?? false)
    else { return }
    let folded = fold ? PluralFolding.fold(word) : word
    result.allWords.append(folded)
    record?.append((word, folded))
    let isStopWord =
      stopWords.contains(word) || stopWords.contains(folded)
      || (also.map { $0.contains(word) || $0.contains(folded) } ?? false)
    if !isStopWord {
      result.words.append(folded)
      result.surfaceWords.append(word)
    }
  }

  /// `text` in NFKC, lower-cased, with the typographic apostrophe as `'`.
  static func normalized(_ text: String) -> String {
    let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    let composed = isASCII ? text : text.precomposedStringWithCompatibilityMapping
    let lower = composed.lowercased()
    return lower.contains("\u{2019}")
      ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
  }

  /// `word` without a possessive `'s`.
  static func stripPossessive(_ word: String) -> String {
    word.hasSuffix("'s") && word.count > 2 ? String(word.dropLast(2)) : word
  }

  /// `text` with every run of white space replaced by one space, trimmed.
  static func collapsingWhiteSpace(_ text: String) -> String {
    var out = ""
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(character)
      }
    }
    return out
  }
}
