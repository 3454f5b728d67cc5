import Foundation

/// Decoding API bodies: the one-line reason a body is not the documented JSON.
public enum APIDecoding {
  /// A one-line reason for a decoding error, naming the path of the bad value.
  ///
  /// - Parameter error: What `JSONDecoder` threw.
  /// - Returns: The reason, such as `missing 'acct' at '0'`.
  public static func reason(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(type(of: error))" }
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing '\(key.stringValue)' at '\(path(context))'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "wrong type at '\(path(context))'"
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty ? "not JSON" : "bad value at '\(path(context))'"
    @unknown default:
      return "not the documented JSON"
    }
  }
}
