/// How the tokenizer classifies one Unicode scalar.
enum ScalarClass {
  /// A scalar that can start or continue a word: a letter or a decimal digit (any script).
  static func isWordStart(_ s: Unicode.Scalar) -> Bool {
    isLetter(s) || isDigit(s)
  }

  /// A scalar that continues a word: letters, digits and combining marks.
  static func isWordPart(_ s: Unicode.Scalar) -> Bool {
    isLetter(s) || isDigit(s) || isMark(s)
  }

  /// A letter of any script, ideographs excluded (they are handled as ``isCJK(_:)``).
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 {
      return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A)
    }
    if isCJK(s) { return false }
    switch s.properties.generalCategory {
    case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  /// A decimal digit of any script.
  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
    return s.properties.generalCategory == .decimalNumber
  }

  /// A combining mark (accents written as separate scalars, Indic vowel signs, …).
  static func isMark(_ s: Unicode.Scalar) -> Bool {
    guard s.value >= 0x300 else { return false }
    switch s.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// An apostrophe inside a word (`don't`, `l’amour`).
  static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}"
  }

  /// A Chinese ideograph or Japanese kana: scripts written without spaces between words.
  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3040...0x30FF,  // Hiragana, Katakana
      0x31F0...0x31FF,  // Katakana phonetic extensions
      0x3400...0x4DBF,  // CJK Extension A
      0x4E00...0x9FFF,  // CJK Unified Ideographs
      0xF900...0xFAFF,  // CJK Compatibility Ideographs
      0xFF66...0xFF9D,  // Halfwidth Katakana
      0x20000...0x323AF:  // CJK Extensions B–H
      return true
    default:
      return false
    }
  }

  /// Whether an emoji starts at `index`: a pictograph shown as emoji by default, a text
  /// pictograph followed by the emoji variation selector, a regional-indicator letter or a
  /// keycap sequence.
  static func startsEmoji(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let s = scalars[index]
    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
    if isRegionalIndicator(s) { return true }
    if s.value < 0x80 {
      // Keycaps: 0-9, # or * followed by U+FE0F U+20E3 or directly by U+20E3.
      guard isDigit(s) || s == "#" || s == "*" else { return false }
      if next == "\u{20E3}" { return true }
      return next == "\u{FE0F}" && index + 2 < scalars.count && scalars[index + 2] == "\u{20E3}"
    }
    let properties = s.properties
    if properties.isEmojiPresentation { return true }
    return properties.isEmoji && next == "\u{FE0F}"
  }

  /// A regional-indicator letter; two of them make a flag.
  static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x1F1E6 && s.value <= 0x1F1FF
  }

  /// A skin-tone modifier, dropped so that 👍🏽 and 👍 count as one emoji.
  static func isSkinTone(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x1F3FB && s.value <= 0x1F3FF
  }

  /// A variation selector (text or emoji presentation), dropped from emoji tokens.
  static func isVariationSelector(_ s: Unicode.Scalar) -> Bool {
    s == "\u{FE0E}" || s == "\u{FE0F}"
  }

  /// A tag character (subdivision flags such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿).
  static func isTagCharacter(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0xE0020 && s.value <= 0xE007F
  }
}
