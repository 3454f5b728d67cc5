import Foundation

/// The words each account posts, as unit-length TF-IDF vectors, for the topic similarity of
/// two accounts (cosine of their vectors).
public struct TopicProfiles: Sendable {
  /// Sorted (word id, weight) entries of each profiled account, by graph index.
  private let vectors: [Int: [(word: Int, weight: Double)]]

  /// The number of accounts with a profile.
  public var accountCount: Int { vectors.count }

  /// Whether an account has a profile.
  ///
  /// - Parameter account: A graph index.
  /// - Returns: `true` when the account has posts with words.
  public func hasProfile(_ account: Int) -> Bool { vectors[account] != nil }

  /// Builds the profiles from each account's words.
  ///
  /// A word's weight is its count in the account's posts times log(1 + A / accounts using
  /// it), for *A* profiled accounts; vectors are scaled to length 1.
  ///
  /// - Parameter words: The words of each account's posts (tokenized), by graph index.
  /// - Complexity: O(*W* log *W*) for *W* words in all.
  public init(words: [Int: [String]]) {
    var ids: [String: Int] = [:]
    var counts: [Int: [Int: Int]] = [:]
    for (account, list) in words where !list.isEmpty {
      var bag: [Int: Int] = [:]
      for word in list {
        let id = ids[word] ?? ids.count
        ids[word] = id
        bag[id, default: 0] += 1
      }
      counts[account] = bag
    }
    var documentFrequency = [Int](repeating: 0, count: ids.count)
    for bag in counts.values { for word in bag.keys { documentFrequency[word] += 1 } }
    let total = Double(counts.count)
    var result: [Int: [(word: Int, weight: Double)]] = [:]
    for (account, bag) in counts {
      var entries = bag.map { word, count in
        (word: word, weight: Double(count) * log(1 + total / Double(documentFrequency[word])))
      }
      let norm = sqrt(entries.reduce(0) { $0 + $1.weight * $1.weight })
      guard norm > 0 else { continue }
      entries = entries.map { (word: $0.word, weight: $0.weight / norm) }.sorted {
        $0.word < $1.word
      }
      result[account] = entries
    }
    vectors = result
  }

  /// The cosine similarity of two accounts' words.
  ///
  /// - Parameters:
  ///   - a: A graph index.
  ///   - b: A graph index.
  /// - Returns: A value in [0, 1], or `nil` when either account has no profile.
  /// - Complexity: O(*w*ₐ + *w*ᵦ) for their distinct words.
  public func similarity(_ a: Int, _ b: Int) -> Double? {
    guard let x = vectors[a], let y = vectors[b] else { return nil }
    var i = 0
    var j = 0
    var dot = 0.0
    while i < x.count && j < y.count {
      if x[i].word == y[j].word {
        dot += x[i].weight * y[j].weight
        i += 1
        j += 1
      } else if x[i].word < y[j].word {
        i += 1
      } else {
        j += 1
      }
    }
    return min(max(dot, 0), 1)
  }
}
