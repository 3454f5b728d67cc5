import Foundation

extension StopWords {
  /// The languages of ``languageLists`` in a fixed order; bit *i* of a
  /// ``languageMasks`` entry stands for `inferableLanguages[i]`.
  static let inferableLanguages: [String] = byLanguage.keys.sorted()

  /// For every stop word of any language list, the languages whose list holds it.
  static let languageMasks: [String: UInt32] = {
    var masks: [String: UInt32] = [:]
    for (bit, code) in inferableLanguages.enumerated() {
      for word in byLanguage[code] ?? [] { masks[word, default: 0] |= 1 << UInt32(bit) }
    }
    return masks
  }()

  /// The fewest distinct stop words of a language that make a post read as that language.
  ///
  /// None of them may be an English stop word. Two were too few: short English posts such as
  /// "a belief in a cruel god makes a cruel man" hold two Swedish stop words ("god", "man"),
  /// and a wrong guess removes content words, while a missed one only leaves a few function
  /// words in.
  static let minimumEvidence = 3

  /// The stop-word languages of a post that declares none, read from its own function words.
  ///
  /// Each distinct word (as written, or folded) counts for English when ``english`` holds it,
  /// and otherwise for every language whose stop-word list holds it. The languages with the
  /// most such words win, when they have at least ``minimumEvidence`` and more than English
  /// has: a Spanish post with "la", "mis" and "que" loses Spanish stop words, while an English
  /// title such as "add custom tag to Visual Studio" keeps "tag" (a Danish and German stop
  /// word): one word is not enough (nor one word twice), and "to", an English stop word,
  /// counts for English only. Close relatives tie often (Spanish, Catalan and Portuguese share
  /// many function words); every tied language is returned, so the post loses the function
  /// words of all of them. This is stop-word language identification (as in NLTK's classic
  /// recipe), good enough to drop function words, not to label a post's language.
  ///
  /// - Parameter words: The post's words, each as written and folded.
  /// - Returns: A mask of ``inferableLanguages``; 0 when no language stands out.
  /// - Complexity: O(*w*) dictionary lookups for *w* words.
  static func inferredLanguages(_ words: [(word: String, folded: String)]) -> UInt32 {
    guard words.count >= minimumEvidence else { return 0 }
    var counts = [Int](repeating: 0, count: inferableLanguages.count)
    var englishCount = 0
    var seen: [String] = []  // a post has few words: a linear search beats hashing
    for (word, folded) in words where !seen.contains(folded) {
      seen.append(folded)
      // An English stop word ("to", "in", "de") is no evidence for another language.
      if english.contains(word) || english.contains(folded) {
        englishCount += 1
        continue
      }
      var mask = languageMasks[word] ?? 0
      if folded != word { mask |= languageMasks[folded] ?? 0 }
      while mask != 0 {
        let bit = mask.trailingZeroBitCount
        counts[bit] += 1
        mask &= mask - 1
      }
    }
    let top = counts.max() ?? 0
    guard top >= minimumEvidence, top > englishCount else { return 0 }
    var result: UInt32 = 0
    for (bit, count) in counts.enumerated() where count == top { result |= 1 << UInt32(bit) }
    return result
  }

  /// Whether `word` is a stop word of a language in `mask` (see ``inferredLanguages(_:)``).
  static func belongs(_ word: String, to mask: UInt32) -> Bool {
    (languageMasks[word] ?? 0) & mask != 0
  }
}
