import Foundation

/// Bluesky timestamp identifiers (TIDs), such as a commit's `rev`.
///
/// A TID is 13 characters of sortable base32 encoding 53 bits of microseconds since 1970 and
/// 10 bits of clock id.
enum BlueskyTID {
  private static let alphabet = Array("234567abcdefghijklmnopqrstuvwxyz".utf8)

  /// The instant a TID encodes, or `nil` when `text` is not a TID.
  ///
  /// - Parameter text: A TID such as `3lprcc55bb222`.
  /// - Returns: The instant.
  static func date(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count == 13 else { return nil }
    var value: UInt64 = 0
    for byte in bytes {
      guard let digit = alphabet.firstIndex(of: byte) else { return nil }
      value = value << 5 | UInt64(digit)
    }
    // 13 × 5 = 65 bits: the top bit must be 0.
    guard value >> 63 == 0 else { return nil }
    let microseconds = value >> 10
    return Date(timeIntervalSince1970: TimeInterval(microseconds) / 1_000_000)
  }
}
