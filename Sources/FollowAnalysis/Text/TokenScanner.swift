/// One token found by ``TokenScanner``.
enum ScannedToken: Equatable {
  /// A link or e-mail address (removed from words, counted).
  case url
  /// An `@mention` (removed from words, counted).
  case mention
  /// A hashtag's name without `#`.
  case hashtag(String)
  /// A word, apostrophes included.
  case word(String)
  /// One or two Chinese or Japanese characters.
  case ideographs(String)
  /// One emoji.
  case emoji(String)
}

/// Walks the scalars of normalised, lower-case text and yields tokens; see ``PostTokenizer``.
struct TokenScanner {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  /// Bigrams still to emit for the current ideograph run.
  private var pendingIdeographs: [String] = []

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// Skips a leading `rt @` repost marker's `rt`.
  mutating func skipRetweetMarker() {
    if scalars.count >= 4, scalars[0] == "r", scalars[1] == "t", scalars[2] == " ",
      scalars[3] == "@"
    {
      index = 3
    }
  }

  /// The next token, or `nil` at the end.
  mutating func next() -> ScannedToken? {
    if !pendingIdeographs.isEmpty { return .ideographs(pendingIdeographs.removeFirst()) }
    while index < scalars.count {
      let s = scalars[index]
      let atBoundary = index == 0 || !isWordLike(scalars[index - 1])
      if atBoundary, let length = urlLength(at: index) {
        index += length
        return .url
      }
      if s == "@", atBoundary, index + 1 < scalars.count, isHandlePart(scalars[index + 1]) {
        index = endOfMention(from: index + 1)
        return .mention
      }
      if s == "#", atBoundary, index + 1 < scalars.count,
        ScalarClass.isWordPart(scalars[index + 1]) || scalars[index + 1] == "_"
          || ScalarClass.isCJK(scalars[index + 1]),
        let tag = hashtag(from: index + 1)
      {
        index = tag.end
        return .hashtag(tag.name)
      }
      if ScalarClass.startsEmoji(scalars, at: index) {
        return .emoji(emoji())
      }
      if ScalarClass.isCJK(s) {
        return ideographRun()
      }
      if ScalarClass.isWordStart(s) {
        if let token = word() { return token }
        continue
      }
      index += 1
    }
    return nil
  }

  private func isWordLike(_ s: Unicode.Scalar) -> Bool {
    ScalarClass.isWordPart(s) || s == "_" || ScalarClass.isCJK(s) || s == "@" || s == "#"
      || s == "/" || s == "."
  }

  private func isHandlePart(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x61 && s.value <= 0x7A) || ScalarClass.isDigit(s) || s == "_"
  }

  /// The length of a link starting at `start`, up to the next white space.
  private func urlLength(at start: Int) -> Int? {
    let prefixes: [[Unicode.Scalar]] = [
      Array("https://".unicodeScalars), Array("http://".unicodeScalars),
      Array("www.".unicodeScalars),
    ]
    for prefix in prefixes where start + prefix.count < scalars.count {
      guard zip(prefix, scalars[start..<(start + prefix.count)]).allSatisfy({ $0 == $1 }) else {
        continue
      }
      var end = start + prefix.count
      while end < scalars.count && !scalars[end].properties.isWhitespace { end += 1 }
      return end - start
    }
    return nil
  }

  /// The end of a mention whose name starts at `start`: `user`, `user.name`, `user@host`.
  private func endOfMention(from start: Int) -> Int {
    var end = start
    func handleRun() {
      while end < scalars.count {
        if isHandlePart(scalars[end]) {
          end += 1
        } else if scalars[end] == "." || scalars[end] == "-", end + 1 < scalars.count,
          isHandlePart(scalars[end + 1])
        {
          end += 1
        } else {
          break
        }
      }
    }
    handleRun()
    if end + 1 < scalars.count, scalars[end] == "@", isHandlePart(scalars[end + 1]) {
      end += 1
      handleRun()
    }
    return end
  }

  /// The hashtag whose name starts at `start`, when the name holds a letter.
  private func hashtag(from start: Int) -> (name: String, end: Int)? {
    var end = start
    var hasLetter = false
    while end < scalars.count {
      let s = scalars[end]
      guard ScalarClass.isWordPart(s) || s == "_" || ScalarClass.isCJK(s) else { break }
      if ScalarClass.isLetter(s) || ScalarClass.isCJK(s) { hasLetter = true }
      end += 1
    }
    guard hasLetter else { return nil }
    return (String(String.UnicodeScalarView(scalars[start..<end])), end)
  }

  /// One emoji: its base, joined sequences (ZWJ), keycaps, flags and tag characters, with
  /// skin tones and variation selectors removed.
  private mutating func emoji() -> String {
    var out = String.UnicodeScalarView()
    let first = scalars[index]
    out.append(first)
    index += 1
    if ScalarClass.isRegionalIndicator(first), index < scalars.count,
      ScalarClass.isRegionalIndicator(scalars[index])
    {
      out.append(scalars[index])
      index += 1
      return String(out)
    }
    while index < scalars.count {
      let s = scalars[index]
      if ScalarClass.isVariationSelector(s) || ScalarClass.isSkinTone(s) {
        index += 1
      } else if s == "\u{20E3}" || ScalarClass.isTagCharacter(s) {
        out.append(s)
        index += 1
      } else if s == "\u{200D}", index + 1 < scalars.count,
        scalars[index + 1].properties.isEmoji
      {
        out.append(s)
        out.append(scalars[index + 1])
        index += 2
      } else {
        break
      }
    }
    return String(out)
  }

  /// The first token of a run of Chinese or Japanese characters; the others wait in
  /// ``pendingIdeographs``.
  private mutating func ideographRun() -> ScannedToken {
    var end = index
    while end < scalars.count && ScalarClass.isCJK(scalars[end]) { end += 1 }
    let run = Array(scalars[index..<end])
    index = end
    guard run.count > 1 else { return .ideographs(String(String.UnicodeScalarView(run))) }
    var pairs: [String] = []
    for start in 0..<(run.count - 1) {
      pairs.append(String(String.UnicodeScalarView(run[start...(start + 1)])))
    }
    pendingIdeographs = Array(pairs.dropFirst())
    return .ideographs(pairs[0])
  }

  /// A word starting at the current index; an e-mail address is skipped and returned as a
  /// link, a number (no letter) is skipped and `nil` returned.
  private mutating func word() -> ScannedToken? {
    let start = index
    var end = index
    var hasLetter = false
    while end < scalars.count {
      let s = scalars[end]
      if ScalarClass.isWordPart(s) {
        if ScalarClass.isLetter(s) { hasLetter = true }
        end += 1
      } else if ScalarClass.isApostrophe(s), end + 1 < scalars.count,
        ScalarClass.isLetter(scalars[end + 1])
      {
        end += 1
      } else {
        break
      }
    }
    // `name@host.tld`: an e-mail address.
    if end + 1 < scalars.count, scalars[end] == "@", ScalarClass.isWordPart(scalars[end + 1]) {
      var stop = end
      while stop < scalars.count && !scalars[stop].properties.isWhitespace { stop += 1 }
      index = stop
      return .url
    }
    index = end
    guard hasLetter else { return nil }
    return .word(String(String.UnicodeScalarView(scalars[start..<end])))
  }
}
