import FollowAnalysis
import Foundation

/// The preprocessing of `expected.json` (`preprocessing.steps`), so that our TF-IDF and NMF
/// can be compared with scikit-learn's on identical input: unescape HTML, lower-case, drop
/// URLs and `@mentions`, turn `#` into a space, keep letter runs of two or more, drop
/// scikit-learn's stop words.
enum ReferenceTokenization {
  private static let url = try? NSRegularExpression(pattern: #"(?:https?://|www\.)\S+"#)
  private static let mention = try? NSRegularExpression(pattern: #"@\w+"#)
  private static let letters = try? NSRegularExpression(pattern: #"[^\W\d_]{2,}"#)
  private static let stopWords = Set(StopWords.english.filter { !$0.contains("'") })

  static func tokens(_ text: String) -> [String] {
    var s = HTMLText.decodeEntities(text).lowercased()
    for pattern in [url, mention].compactMap({ $0 }) {
      s = pattern.stringByReplacingMatches(
        in: s, range: NSRange(s.startIndex..., in: s), withTemplate: " ")
    }
    s = s.replacingOccurrences(of: "#", with: " ")
    guard let letters else { return [] }
    return letters.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { match in
      Range(match.range, in: s).map { String(s[$0]) }
    }.filter { !stopWords.contains($0) }
  }
}
