import FollowModel
import Foundation

/// The keep-list file (`--keep`, formerly `--whitelist`): accounts the user keeps following
/// whatever they do, web famous by declaration: one handle or id per line.
///
/// Blank lines and text after `#` are ignored. Each entry is an account selector: `@handle`
/// (any network, case-insensitive), `network:id`, `user@host` (Mastodon), `did:…` (Bluesky),
/// or a bare word, which matches an id or else a handle.
public struct WebFameWhitelist: Equatable, Sendable {
  /// One entry with the line it came from.
  public struct Entry: Equatable, Sendable {
    /// The 1-based line number.
    public var line: Int
    /// The parsed selector.
    public var selector: AccountSelector

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - line: The 1-based line number, or 0 for an entry stored in the database.
    ///   - selector: The selector.
    public init(line: Int, selector: AccountSelector) {
      self.line = line
      self.selector = selector
    }
  }

  /// The entries, in file order.
  public var entries: [Entry]

  /// An empty whitelist.
  public static let empty = WebFameWhitelist(entries: [])

  /// Creates a whitelist from entries.
  ///
  /// - Parameter entries: The entries.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Parses the text of a whitelist file.
  ///
  /// - Parameters:
  ///   - text: The file's content.
  ///   - source: The file name, for messages.
  /// - Throws: ``AnalysisError/invalidWhitelistEntry(source:line:text:)`` for a line that is
  ///   not a selector.
  public init(parsing text: String, source: String) throws {
    var entries: [Entry] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content =
        raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first ?? ""
      let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      guard !trimmed.contains(where: \.isWhitespace),
        let selector = try? AccountSelector(parsing: trimmed)
      else {
        throw AnalysisError.invalidWhitelistEntry(source: source, line: offset + 1, text: trimmed)
      }
      entries.append(Entry(line: offset + 1, selector: selector))
    }
    self.entries = entries
  }

  /// Whether `entry` names the account with native id `id` and handle `handle`.
  ///
  /// - Parameters:
  ///   - entry: A whitelist entry.
  ///   - id: The account's id.
  ///   - handle: The account's handle, when known.
  /// - Returns: `true` on a match.
  public static func matches(_ entry: Entry, id: AccountID, handle: String?) -> Bool {
    func sameHandle(_ wanted: String) -> Bool {
      guard let handle else { return false }
      return handle.caseInsensitiveCompare(wanted) == .orderedSame
    }
    switch entry.selector {
    case .handle(let wanted):
      return sameHandle(wanted)
    case .id(let value, let network?):
      return network == id.network && value == id.value
    case .id(let value, nil):
      return value == id.value || sameHandle(value)
    }
  }
}
