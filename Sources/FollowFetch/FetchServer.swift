import Foundation

/// The base URL requests go to (`--server`): https, or plain http to a loopback address only.
public struct FetchServer: Equatable, Sendable, CustomStringConvertible {
  /// `https` or `http`.
  public let scheme: String
  /// The lower-cased host.
  public let host: String
  /// The port, when given.
  public let port: Int?

  /// Parses and checks `--server`.
  ///
  /// - Parameter text: An absolute URL such as `https://mastodon.social`.
  /// - Throws: ``FetchError/invalidServer(_:reason:)`` for anything else, and for plain http
  ///   to a host that is not loopback.
  public init(parsing text: String) throws {
    guard let components = URLComponents(string: text),
      let scheme = components.scheme?.lowercased(),
      let host = components.host?.lowercased(), !host.isEmpty
    else {
      throw FetchError.invalidServer(text, reason: "not an absolute URL such as https://host")
    }
    guard scheme == "https" || scheme == "http" else {
      throw FetchError.invalidServer(text, reason: "only https:// (or http:// to loopback)")
    }
    if scheme == "http" && !Self.isLoopback(host) {
      throw FetchError.invalidServer(
        text, reason: "plain http:// is accepted only for loopback addresses (127.0.0.1, ::1)")
    }
    guard components.path.isEmpty || components.path == "/", components.query == nil else {
      throw FetchError.invalidServer(text, reason: "give the base URL only, without a path")
    }
    self.scheme = scheme
    self.host = host
    self.port = components.port
  }

  /// `scheme://host[:port]`.
  public var description: String {
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return "\(scheme)://\(shownHost)" + (port.map { ":\($0)" } ?? "")
  }

  /// The URL of `path` with `query` items on this server.
  ///
  /// - Parameters:
  ///   - path: An absolute path such as `/api/v1/accounts/lookup`.
  ///   - query: Query items, in order.
  /// - Returns: The URL text.
  public func url(_ path: String, _ query: [(String, String)] = []) -> String {
    var components = URLComponents()
    components.scheme = scheme
    components.host = host
    components.port = port
    components.path = path
    if !query.isEmpty {
      components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
      // `+` is a space in many servers' query parsers: keep it literal.
      components.percentEncodedQuery = components.percentEncodedQuery?
        .replacingOccurrences(of: "+", with: "%2B")
    }
    return components.string ?? description + path
  }

  /// Whether `url` is on this server (same scheme, host and port): only such URLs are
  /// requested, and only they may carry the token.
  ///
  /// - Parameter url: An absolute URL (a `Link` header's, say).
  /// - Returns: `true` when it is on this server.
  public func owns(_ url: String) -> Bool {
    guard let components = URLComponents(string: url) else { return false }
    return components.scheme?.lowercased() == scheme && components.host?.lowercased() == host
      && components.port == port
  }

  /// Whether a bearer token may be sent to `url`: on this server and over https only.
  ///
  /// - Parameter url: The request URL.
  /// - Returns: `true` when the token may go with the request.
  public func mayCarryToken(_ url: String) -> Bool {
    scheme == "https" && owns(url)
  }

  /// Whether `host` is a loopback address: `localhost`, 127.0.0.0/8 or `::1`.
  ///
  /// - Parameter host: A lower-cased host without brackets.
  /// - Returns: `true` for loopback.
  public static func isLoopback(_ host: String) -> Bool {
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    if bare == "localhost" || bare == "::1" { return true }
    let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4, octets[0] == "127" else { return false }
    return octets.allSatisfy { octet in UInt8(octet).map { _ in true } ?? false }
  }
}
