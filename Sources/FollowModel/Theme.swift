import Foundation

/// A named theme given by the user: the words, phrases, hashtags and emoji that put a post on
/// it.
///
/// Terms are kept as written; matching rules live with the matcher in FollowAnalysis. A term
/// starting with `#` is a hashtag; a term ending with `*` matches words by prefix; a term with
/// spaces is a phrase; anything else is a word (or an emoji).
public struct Theme: Hashable, Sendable {
  /// The theme's name, as shown in reports.
  public var name: String
  /// The terms, in the order given, without duplicates.
  public var terms: [String]

  /// The name reserved for the share of posts on any theme.
  public static let anyThemeName = "any"

  /// Creates a theme, trimming terms and dropping empty and repeated ones.
  ///
  /// - Parameters:
  ///   - name: The name.
  ///   - terms: Words, phrases, `#hashtags`, `prefix*` or emoji.
  /// - Throws: ``ModelError/invalidTheme(_:reason:)`` when the name is empty or reserved, or
  ///   no term is left.
  public init(name: String, terms: [String]) throws {
    let trimmedName = name.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmedName.isEmpty else {
      throw ModelError.invalidTheme(name, reason: "the theme has no name")
    }
    guard trimmedName.lowercased() != Self.anyThemeName else {
      throw ModelError.invalidTheme(
        name, reason: "'any' is reserved for the share of posts on any theme; choose another name")
    }
    guard !trimmedName.contains(where: { $0 == "=" || $0 == "," || $0.isNewline }) else {
      throw ModelError.invalidTheme(
        name, reason: "a theme name cannot hold '=', ',' or line breaks")
    }
    var seen: Set<String> = []
    var kept: [String] = []
    for term in terms {
      let trimmed = term.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty, seen.insert(trimmed.lowercased()).inserted else { continue }
      guard trimmed != "#", trimmed != "*" else {
        throw ModelError.invalidTheme(
          trimmedName, reason: "the term '\(trimmed)' names nothing; write #tag or prefix*")
      }
      kept.append(trimmed)
    }
    guard !kept.isEmpty else {
      throw ModelError.invalidTheme(
        trimmedName, reason: "the theme has no words or hashtags (e.g. \(trimmedName)=word,#tag)")
    }
    self.name = trimmedName
    self.terms = kept
  }

  /// Parses the `--theme` form `name=term,term,#tag`.
  ///
  /// - Parameter specification: The text after `--theme`.
  /// - Throws: ``ModelError/invalidTheme(_:reason:)`` when there is no `=`, no name or no term.
  public init(parsing specification: String) throws {
    guard let equals = specification.firstIndex(of: "=") else {
      throw ModelError.invalidTheme(
        specification,
        reason: "expected name=term,term,#tag (for example marketing=marketing,brand,#seo)")
    }
    let name = String(specification[..<equals])
    let list = specification[specification.index(after: equals)...]
    try self.init(
      name: name,
      terms: list.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
  }

  /// The hashtag terms, `#` included.
  public var hashtags: [String] { terms.filter { $0.hasPrefix("#") } }

  /// The terms that are not hashtags: words, phrases, prefixes and emoji.
  public var words: [String] { terms.filter { !$0.hasPrefix("#") } }
}

extension Theme {
  /// Checks that theme names are unique (ignoring case).
  ///
  /// - Parameter themes: Themes in the order given.
  /// - Throws: ``ModelError/invalidTheme(_:reason:)`` naming the first repeated name.
  public static func validateUnique(_ themes: [Theme]) throws {
    var seen: Set<String> = []
    for theme in themes where !seen.insert(theme.name.lowercased()).inserted {
      throw ModelError.invalidTheme(
        theme.name, reason: "two themes are named '\(theme.name)'; give each theme its own name")
    }
  }
}
