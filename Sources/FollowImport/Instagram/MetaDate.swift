import Foundation

/// The dates of Meta's HTML export pages, written in the account's language without a time
/// zone: `Mar 23, 2025 6:45 am`, `23. März 2025, 06:45`, `2 de marzo de 2025 6:45 p. m.`,
/// `02.11.2025 13:55`.
///
/// The reader looks for a month name (English, German, French, Spanish, Italian, Portuguese,
/// Dutch, Swedish, Danish, Norwegian, Polish, Turkish abbreviations) or an all-numeric date,
/// a four-digit year, the day, and the time after the year (with `am`/`pm` when written). The
/// time is taken as UTC, since the page does not say. Anything else is `nil`: a date that
/// cannot be read never stops an import.
enum MetaDate {
  /// Month names by their first letters (accents removed, lower-cased), longest first.
  private static let months: [(String, Int)] = [
    ("janv", 1), ("juin", 6), ("juil", 7), ("juni", 6), ("juli", 7),
    ("jan", 1), ("ene", 1), ("gen", 1), ("sty", 1), ("oca", 1),
    ("feb", 2), ("fev", 2), ("lut", 2), ("sub", 2),
    ("mar", 3), ("maa", 3), ("mrt", 3), ("kwi", 4),
    ("apr", 4), ("avr", 4), ("abr", 4), ("nis", 4),
    ("may", 5), ("mai", 5), ("mag", 5), ("mei", 5), ("maj", 5),
    ("jun", 6), ("giu", 6), ("cze", 6), ("haz", 6),
    ("jul", 7), ("lug", 7), ("lip", 7), ("tem", 7),
    ("aug", 8), ("aou", 8), ("ago", 8), ("sie", 8), ("agu", 8),
    ("sep", 9), ("set", 9), ("wrz", 9), ("eyl", 9),
    ("oct", 10), ("okt", 10), ("ott", 10), ("out", 10), ("paz", 10), ("eki", 10),
    ("nov", 11), ("lis", 11), ("kas", 11),
    ("dec", 12), ("dic", 12), ("dez", 12), ("des", 12), ("gru", 12), ("ara", 12),
  ]

  /// Reads a date, or `nil` when the text is not one.
  ///
  /// - Parameter text: The date as the page shows it.
  /// - Returns: The instant, taking the written time as UTC.
  static func parse(_ text: String) -> Date? {
    var words: [String] = []
    var numbers: [(value: Int, digits: Int, position: Int)] = []
    var position = 0
    var current = ""
    var currentIsDigit = false
    func endToken() {
      guard !current.isEmpty else { return }
      if currentIsDigit {
        if current.count <= 4, let value = Int(current) {
          numbers.append((value, current.count, position))
        }
      } else {
        words.append(current)
      }
      position += 1
      current = ""
    }
    let folded =
      text.utf8.allSatisfy { $0 < 0x80 }
      ? text.lowercased()
      : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    for character in folded {
      let isDigit = character.isASCII && character.isNumber
      if isDigit || character.isLetter {
        if !current.isEmpty && isDigit != currentIsDigit { endToken() }
        current.append(character)
        currentIsDigit = isDigit
      } else {
        endToken()
      }
    }
    endToken()
    guard let yearIndex = numbers.firstIndex(where: { $0.digits == 4 }) else { return nil }
    let year = numbers[yearIndex].value
    let others = numbers.enumerated().filter { $0.offset != yearIndex }
    let dateNumbers = others.filter { $0.offset < yearIndex }.map(\.element.value)
    var month = words.lazy.compactMap(monthNumber).first
    var day: Int?
    if month != nil {
      day = dateNumbers.first ?? (yearIndex == 0 ? others.first?.element.value : nil)
    } else if dateNumbers.count >= 2 {
      let (first, second) = (dateNumbers[0], dateNumbers[1])
      (day, month) = second > 12 ? (second, first) : (first, second)
    } else if yearIndex == 0, others.count >= 2 {
      (month, day) = (others[0].element.value, others[1].element.value)
    }
    guard let month, let day else { return nil }
    var timeNumbers = others.filter { $0.offset > yearIndex }.map(\.element.value)
    if yearIndex == 0 {
      timeNumbers = Array(timeNumbers.dropFirst(words.contains { monthNumber($0) != nil } ? 1 : 2))
    }
    var hour = timeNumbers.first ?? 0
    let minute = timeNumbers.count > 1 ? timeNumbers[1] : 0
    let second = timeNumbers.count > 2 ? timeNumbers[2] : 0
    let isPM = words.contains("pm") || words.contains("p") && words.contains("m")
    let isAM = words.contains("am") || words.contains("a") && words.contains("m")
    if isPM, hour < 12 { hour += 12 } else if isAM, hour == 12 { hour = 0 }
    var components = DateComponents()
    (components.year, components.month, components.day) = (year, month, day)
    (components.hour, components.minute, components.second) = (hour, minute, second)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard (1970...2999).contains(year), (0...23).contains(hour), (0...59).contains(minute),
      (0...59).contains(second), components.isValidDate(in: calendar)
    else { return nil }
    return calendar.date(from: components)
  }

  private static func monthNumber(_ word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    let letters = word.filter(\.isLetter)
    for (prefix, month) in months where letters.hasPrefix(prefix) {
      return month
    }
    return nil
  }
}
