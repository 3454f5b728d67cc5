import Foundation

/// Formats and parses the UTC timestamps FollowGraph stores and prints.
///
/// Everything is UTC and fixed-width so that text sorts in time order: timestamps are
/// `YYYY-MM-DDTHH:MM:SSZ`, days are `YYYY-MM-DD`.
public enum UTCTime {
  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
    return calendar
  }()

  /// `YYYY-MM-DDTHH:MM:SSZ` for `date`, truncated to the second.
  ///
  /// - Parameter date: The instant.
  /// - Returns: The ISO 8601 text in UTC.
  public static func timestamp(_ date: Date) -> String {
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
  }

  /// `YYYY-MM-DD` for `date` in UTC.
  ///
  /// - Parameter date: The instant.
  /// - Returns: The UTC calendar day.
  public static func day(_ date: Date) -> String {
    String(timestamp(date).prefix(10))
  }

  /// `YYYY-MM` for `date` in UTC.
  ///
  /// - Parameter date: The instant.
  /// - Returns: The UTC calendar month.
  public static func month(_ date: Date) -> String {
    String(timestamp(date).prefix(7))
  }

  /// Parses `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
  ///
  /// - Parameter text: The text to parse.
  /// - Returns: The instant, or `nil` when the text is not in one of these forms.
  public static func parse(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    func number(_ start: Int, _ length: Int) -> Int? {
      guard start + length <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[start..<start + length] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var hour = 0
    var minute = 0
    var second = 0
    var offset = 0
    if bytes.count > 10 {
      guard bytes.count >= 19, bytes[10] == 0x54 || bytes[10] == 0x20, bytes[13] == 0x3A,
        bytes[16] == 0x3A, let h = number(11, 2), let m = number(14, 2), let s = number(17, 2),
        h < 24, m < 60, s < 61
      else { return nil }
      (hour, minute, second) = (h, m, s)
      var index = 19
      if index < bytes.count && bytes[index] == 0x2E {
        index += 1
        while index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      }
      if index < bytes.count {
        switch bytes[index] {
        case 0x5A where index == bytes.count - 1:
          offset = 0
        case 0x2B, 0x2D:
          guard let oh = number(index + 1, 2) else { return nil }
          var om = 0
          if index + 3 < bytes.count {
            let colon = bytes[index + 3] == 0x3A ? 1 : 0
            guard let value = number(index + 3 + colon, 2),
              index + 5 + colon == bytes.count
            else { return nil }
            om = value
          } else if index + 3 != bytes.count {
            return nil
          }
          offset = (oh * 3600 + om * 60) * (bytes[index] == 0x2D ? -1 : 1)
        default:
          return nil
        }
      }
    }
    let components = DateComponents(
      calendar: calendar, timeZone: calendar.timeZone, year: year, month: month, day: day,
      hour: hour, minute: minute, second: second)
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == day
    else { return nil }
    return date.addingTimeInterval(TimeInterval(-offset))
  }
}
