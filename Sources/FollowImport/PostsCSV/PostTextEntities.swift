/// The hashtags, mentions and links written in a post's text, for formats that do not list
/// them separately (posts CSV).
///
/// A hashtag is `#` after a non-word character, followed by letters, digits or `_` including a
/// letter; a mention is `@name` or `@name@host` after a non-word character; a link starts with
/// `http://` or `https://` and runs to the next white space.
struct PostTextEntities {
  private(set) var hashtags: [String] = []
  private(set) var mentions: [String] = []
  private(set) var urls: [String] = []

  init(_ text: String) {
    let characters = Array(text)
    var index = 0
    func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
    while index < characters.count {
      let c = characters[index]
      let atBoundary =
        index == 0 || !(isWord(characters[index - 1]) || characters[index - 1] == "/")
      if atBoundary, c == "h" || c == "H", Self.startsLink(characters, at: index) {
        var end = index
        while end < characters.count && !characters[end].isWhitespace { end += 1 }
        urls.append(String(characters[index..<end]))
        index = end
      } else if atBoundary, c == "#" || c == "@" {
        var end = index + 1
        while end < characters.count
          && (isWord(characters[end])
            || (c == "@" && (characters[end] == "." || characters[end] == "@")))
        {
          end += 1
        }
        while end > index + 1 && (characters[end - 1] == "." || characters[end - 1] == "@") {
          end -= 1
        }
        let name = String(characters[(index + 1)..<end])
        if c == "#", name.contains(where: \.isLetter) { hashtags.append(name) }
        if c == "@", !name.isEmpty { mentions.append(name) }
        index = max(end, index + 1)
      } else {
        index += 1
      }
    }
  }

  private static func startsLink(_ characters: [Character], at index: Int) -> Bool {
    for prefix in ["https://", "http://"] {
      let p = Array(prefix)
      if index + p.count <= characters.count
        && characters[index..<(index + p.count)].map({ Character($0.lowercased()) }) == p
      {
        return true
      }
    }
    return false
  }
}
