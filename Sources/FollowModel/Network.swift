/// The social network an account or post belongs to.
///
/// Accounts are only comparable within one network: `x:12` and `mastodon:12` are different
/// people. Formats that do not say which network they come from (edge lists, CSV files) take
/// the name the user gives with `--network`, `generic` by default.
public struct Network: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The lower-case name stored in the database, such as `x` or `mastodon`.
  public let rawValue: String

  /// Creates a network from its name; the name is lower-cased.
  ///
  /// - Parameter rawValue: The name, such as `x`, `mastodon`, `bluesky` or `generic`.
  public init(rawValue: String) {
    self.rawValue = rawValue.lowercased()
  }

  /// X, formerly Twitter: accounts keyed by their numeric id (`id_str`).
  public static let x = Network(rawValue: "x")
  /// Mastodon and the wider fediverse: accounts keyed by `user@host`.
  public static let mastodon = Network(rawValue: "mastodon")
  /// Bluesky: accounts keyed by DID.
  public static let bluesky = Network(rawValue: "bluesky")
  /// Instagram: accounts keyed by the lower-cased username (exports carry no numeric id).
  public static let instagram = Network(rawValue: "instagram")
  /// Threads (Meta): accounts keyed by the lower-cased username, as on Instagram.
  public static let threads = Network(rawValue: "threads")
  /// LinkedIn: members keyed by their profile URL, else by name.
  public static let linkedin = Network(rawValue: "linkedin")
  /// The default for formats that carry no network.
  public static let generic = Network(rawValue: "generic")

  public var description: String { rawValue }

  public static func < (lhs: Network, rhs: Network) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether `name` is usable as a network name: 1–32 characters of `a-z`, `0-9`, `-`, `_`, `.`.
  ///
  /// - Parameter name: The candidate name.
  /// - Returns: `true` when the name is acceptable.
  public static func isValidName(_ name: String) -> Bool {
    guard (1...32).contains(name.utf8.count) else { return false }
    return name.lowercased().utf8.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x5F || byte == 0x2E
    }
  }
}
