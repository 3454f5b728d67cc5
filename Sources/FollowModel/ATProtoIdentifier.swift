/// A Bluesky account as the AT Protocol names it: a DID (stable) or a handle (changes).
///
/// Syntax follows the AT Protocol specifications (atproto.com/specs/handle and /specs/did) and
/// is checked against the protocol's own interop fixtures (`syntax/handle_syntax_*.txt`,
/// `did_syntax_*.txt`). Accounts are stored by DID, never by handle; a handle is only resolved.
public enum ATProtoIdentifier: Hashable, Sendable, CustomStringConvertible {
  /// A DID such as `did:plc:7iza6de2dwap2sbkpav7c6c6`, kept exactly as written.
  case did(String)
  /// A handle such as `alice.bsky.social`, lower-cased (handles are case-insensitive).
  case handle(String)

  /// Parses what a user typed: a DID, or a handle with or without a leading `@`.
  ///
  /// - Parameter text: The identifier.
  /// - Throws: ``ModelError/invalidIdentifier(_:reason:)`` naming the rule it breaks.
  public init(parsing text: String) throws {
    if text.hasPrefix("did:") {
      guard Self.isValidDID(text) else {
        throw ModelError.invalidIdentifier(text, reason: Self.didRule)
      }
      self = .did(text)
      return
    }
    let handle = text.hasPrefix("@") ? String(text.dropFirst()) : text
    guard Self.isValidHandle(handle) else {
      throw ModelError.invalidIdentifier(text, reason: Self.handleRule)
    }
    self = .handle(handle.lowercased())
  }

  public var description: String {
    switch self {
    case .did(let did): did
    case .handle(let handle): "@\(handle)"
    }
  }

  static let didRule =
    "a DID is did:METHOD:ID with a lower-case method and an ID of letters, digits and . _ : % -, "
    + "not ending in : or %, at most 2,048 characters"
  static let handleRule =
    "a handle is a domain name: two or more labels of letters, digits and hyphens separated by "
    + "dots, each 1–63 characters without a hyphen at either end, the last not starting with a "
    + "digit, at most 253 characters"

  /// Whether `text` is a syntactically valid DID.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func isValidDID(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count <= 2_048, bytes.starts(with: Array("did:".utf8)) else { return false }
    var index = 4
    let methodStart = index
    while index < bytes.count, bytes[index] >= 0x61, bytes[index] <= 0x7A { index += 1 }
    guard index > methodStart, index < bytes.count, bytes[index] == 0x3A else { return false }
    index += 1
    guard index < bytes.count else { return false }
    for byte in bytes[index...] {
      guard isAlphanumeric(byte) || ".:_%-".utf8.contains(byte) else { return false }
    }
    guard let last = bytes.last, last != 0x3A, last != 0x25 else { return false }
    return true
  }

  /// Whether `text` is a syntactically valid handle (whatever its top-level domain: `.local`,
  /// `.onion` and the like are valid syntax, though not resolvable on the public network).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func isValidHandle(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count <= 253 else { return false }
    let labels = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
    guard labels.count >= 2 else { return false }
    for label in labels {
      guard (1...63).contains(label.count), let first = label.first, let last = label.last,
        first != 0x2D, last != 0x2D, label.allSatisfy({ isAlphanumeric($0) || $0 == 0x2D })
      else { return false }
    }
    guard let top = labels.last?.first, !(0x30...0x39).contains(top) else { return false }
    return true
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }
}
