import FollowModel
import Foundation

/// Decides which themes a tokenized post is on.
///
/// Every theme term is normalised the way post words are (NFKC, lower case, plurals folded):
/// - `#tag` matches the hashtag `#tag` only;
/// - a word matches that word anywhere in the post, including the word a hashtag contributes
///   (`seo` matches `#SEO`); stop words are matched too, so any word can be a term;
/// - `prefix*` matches every word starting with `prefix` (`market*`: marketing, marketer);
/// - a phrase (`content marketing`) matches its words in sequence;
/// - an emoji matches that emoji.
///
/// A post is on a theme when at least one of the theme's terms occurs in it.
public struct ThemeMatcher: Sendable {
  private struct CompiledTheme: Sendable {
    var words: Set<String> = []
    var prefixes: [String] = []
    var phrases: [[String]] = []
    var hashtags: Set<String> = []
    var emoji: Set<String> = []
  }

  /// The themes, in the order given.
  public let themes: [Theme]
  private let compiled: [CompiledTheme]

  /// Compiles themes.
  ///
  /// - Parameters:
  ///   - themes: The themes.
  ///   - tokenizer: The tokenizer posts were split with.
  /// - Throws: ``AnalysisError/unusableThemeTerm(theme:term:)`` for a term that cannot match.
  public init(themes: [Theme], tokenizer: PostTokenizer = PostTokenizer()) throws {
    self.themes = themes
    var compiled: [CompiledTheme] = []
    for theme in themes {
      var entry = CompiledTheme()
      for term in theme.terms {
        if term.hasPrefix("#") {
          let tokens = tokenizer.tokenize(text: term)
          guard let tag = tokens.hashtags.first, tokens.hashtags.count == 1 else {
            throw AnalysisError.unusableThemeTerm(theme: theme.name, term: term)
          }
          entry.hashtags.insert(tag)
        } else if term.hasSuffix("*") {
          let stem = PostTokenizer.normalized(String(term.dropLast()))
            .trimmingCharacters(in: .whitespaces)
          guard stem.unicodeScalars.contains(where: ScalarClass.isLetter) else {
            throw AnalysisError.unusableThemeTerm(theme: theme.name, term: term)
          }
          entry.prefixes.append(stem)
        } else {
          let tokens = tokenizer.tokenize(text: term)
          if tokens.allWords.count > 1 {
            entry.phrases.append(tokens.allWords)
          } else if let word = tokens.allWords.first {
            entry.words.insert(word)
          } else if let emoji = tokens.emoji.first {
            entry.emoji.insert(emoji)
          } else {
            throw AnalysisError.unusableThemeTerm(theme: theme.name, term: term)
          }
        }
      }
      compiled.append(entry)
    }
    self.compiled = compiled
  }

  /// How many term occurrences of each theme the post holds (0: not on the theme).
  ///
  /// - Parameter post: A tokenized post.
  /// - Returns: One count per theme, in theme order.
  /// - Complexity: O(*w* · (*p* + *f*)) for *w* words, *p* prefixes and *f* phrases.
  public func matchCounts(_ post: TokenizedPost) -> [Int] {
    compiled.map { theme in
      var count = 0
      for (index, word) in post.allWords.enumerated() {
        if theme.words.contains(word) { count += 1 }
        for prefix in theme.prefixes where word.hasPrefix(prefix) { count += 1 }
        for phrase in theme.phrases where phrase.first == word {
          let end = index + phrase.count
          if end <= post.allWords.count && Array(post.allWords[index..<end]) == phrase {
            count += 1
          }
        }
      }
      for tag in post.hashtags where theme.hashtags.contains(tag) { count += 1 }
      for emoji in post.emoji where theme.emoji.contains(emoji) { count += 1 }
      return count
    }
  }
}
