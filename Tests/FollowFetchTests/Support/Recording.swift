import FollowTestSupport
import Foundation
import Yams

/// One recorded HTTP exchange of `../shared/reference/api-recordings/` (a VCR cassette).
struct Recording: Sendable {
  /// The recorded request URL.
  var uri: String
  /// The recorded status.
  var status: Int
  /// The recorded response headers (without the transfer ones the replay recomputes).
  var headers: [(String, String)]
  /// The recorded body.
  var body: String

  /// Whether the recordings folder exists.
  static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: ReferenceData.url("api-recordings/SOURCE.md").path)
  }

  /// The message shown when the recording tests are skipped.
  static let missingMessage =
    "api recordings not found at ../shared/reference/api-recordings (set FOLLOWGRAPH_REFERENCE)"

  /// Loads the first exchange of `api-recordings/<relative>`.
  static func load(_ relative: String) throws -> Recording {
    let text = try String(
      contentsOf: ReferenceData.url("api-recordings/\(relative)"), encoding: .utf8)
    guard let root = try Yams.load(yaml: text) as? [String: Any],
      let exchanges = root["http_interactions"] as? [[String: Any]], let first = exchanges.first,
      let request = first["request"] as? [String: Any], let uri = request["uri"] as? String,
      let response = first["response"] as? [String: Any],
      let body = (response["body"] as? [String: Any])?["string"] as? String
    else { throw RecordingError.unreadable(relative) }
    let status =
      (response["status"] as? Int) ?? ((response["status"] as? [String: Any])?["code"] as? Int)
      ?? 200
    let skipped: Set<String> = [
      "content-encoding", "transfer-encoding", "content-length", "connection",
    ]
    var headers: [(String, String)] = []
    for (name, value) in (response["headers"] as? [String: Any]) ?? [:]
    where !skipped.contains(name.lowercased()) {
      headers.append((name, "\(value)"))
    }
    return Recording(uri: uri, status: status, headers: headers, body: body)
  }

  /// The reply that replays this exchange.
  var reply: ServerReply { ServerReply(status: status, headers: headers, body: body) }

  enum RecordingError: Error { case unreadable(String) }
}
