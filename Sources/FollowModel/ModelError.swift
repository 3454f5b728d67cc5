/// Errors raised by the value types of FollowModel.
public enum ModelError: Error, Equatable, CustomStringConvertible {
  /// An `--account` selector that names nothing.
  case invalidSelector(String)
  /// An AT Protocol handle or DID whose syntax is invalid.
  case invalidIdentifier(String, reason: String)
  /// A theme given with `--theme` or in a themes file that cannot be used.
  case invalidTheme(String, reason: String)

  public var description: String {
    switch self {
    case .invalidSelector(let text):
      "'\(text)' is not an account selector; use @handle, network:id, user@host or did:…"
    case .invalidIdentifier(let text, let reason):
      "'\(text)' is not a valid Bluesky handle or DID: \(reason)"
    case .invalidTheme(let theme, let reason):
      "theme '\(theme)': \(reason)"
    }
  }
}
