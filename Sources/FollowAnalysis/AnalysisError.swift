/// Errors raised by FollowAnalysis, with messages a user can act on.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
  /// A whitelist line that names no account.
  case invalidWhitelistEntry(source: String, line: Int, text: String)

  public var description: String {
    switch self {
    case .invalidWhitelistEntry(let source, let line, let text):
      "\(source): line \(line): '\(text)' is not a handle or id "
        + "(use @handle, network:id, user@host, did:… or an id)"
    }
  }
}
