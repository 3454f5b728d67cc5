/// Errors raised by FollowAnalysis, with messages a user can act on.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
  /// A whitelist line that names no account.
  case invalidWhitelistEntry(source: String, line: Int, text: String)
  /// A theme term that can never match a post (no letters, no hashtag, no emoji).
  case unusableThemeTerm(theme: String, term: String)
  /// A topic count outside what the posts allow.
  case invalidTopicCount(Int)

  public var description: String {
    switch self {
    case .invalidWhitelistEntry(let source, let line, let text):
      "\(source): line \(line): '\(text)' is not a handle or id "
        + "(use @handle, network:id, user@host, did:… or an id)"
    case .unusableThemeTerm(let theme, let term):
      "theme '\(theme)': no post can match the term '\(term)'; use a word of two or more "
        + "characters with a letter, a #hashtag, prefix* or an emoji"
    case .invalidTopicCount(let k):
      "--topics \(k): the number of topics must be between 1 and 100"
    }
  }
}
