/// Errors raised by the value types of FollowModel.
public enum ModelError: Error, Equatable, CustomStringConvertible {
  /// An `--account` selector that names nothing.
  case invalidSelector(String)

  public var description: String {
    switch self {
    case .invalidSelector(let text):
      "'\(text)' is not an account selector; use @handle, network:id, user@host or did:…"
    }
  }
}
