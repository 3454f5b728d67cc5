/// Errors raised by the value types of FollowModel.
public enum ModelError: Error, Equatable, CustomStringConvertible {
  /// An `--account` selector that names nothing.
  case invalidSelector(String)
  /// A theme given with `--theme` or in a themes file that cannot be used.
  case invalidTheme(String, reason: String)

  public var description: String {
    switch self {
    case .invalidSelector(let text):
      "'\(text)' is not an account selector; use @handle, network:id, user@host or did:…"
    case .invalidTheme(let theme, let reason):
      "theme '\(theme)': \(reason)"
    }
  }
}
