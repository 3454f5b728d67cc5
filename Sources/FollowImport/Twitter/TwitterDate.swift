import FollowModel
import Foundation

/// Parses the tweet timestamp format `EEE MMM dd HH:mm:ss Z yyyy`, as in
/// `Sat Aug 12 16:10:37 +0000 2023`.
enum TwitterDate {
  private static let months = [
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6,
    "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
  ]

  /// The instant `text` names, or `nil` when it is not in the tweet format.
  ///
  /// - Parameter text: The `created_at` value.
  /// - Returns: The instant.
  static func parse(_ text: String) -> Date? {
    let parts = text.split(separator: " ")
    guard parts.count == 6, let month = months[String(parts[1])], let day = Int(parts[2]),
      let year = Int(parts[5]), parts[4].count == 5
    else { return nil }
    let zone = parts[4]
    let sign: Int
    switch zone.first {
    case "+": sign = 1
    case "-": sign = -1
    default: return nil
    }
    guard let zoneHours = Int(zone.dropFirst().prefix(2)), let zoneMinutes = Int(zone.suffix(2))
    else { return nil }
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    let iso =
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(parts[3])"
      + "\(sign > 0 ? "+" : "-")\(pad(zoneHours, 2)):\(pad(zoneMinutes, 2))"
    return UTCTime.parse(iso)
  }
}
