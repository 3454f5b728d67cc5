import Foundation

/// The words and hashtags that set each account apart from the others.
///
/// TF-IDF with accounts as documents, tf = count / the account's terms, idf = ln((1 + A) / (1 +
/// df)) + 1 over the A accounts. Terms used only once by the account are skipped; with a single
/// account the ranking is by frequency.
enum DistinctiveTerms {
  static func fill(
    _ accounts: inout [AccountTopics], considered: [TopicFocus.Considered], terms: Int,
    hashtags: Int
  ) {
    var words = [[String: Int]](repeating: [:], count: accounts.count)
    var tags = [[String: Int]](repeating: [:], count: accounts.count)
    for item in considered {
      for word in item.tokens.words { words[item.account][word, default: 0] += 1 }
      for tag in item.tokens.hashtags { tags[item.account][tag, default: 0] += 1 }
    }
    let topWords = top(words, count: terms)
    let topTags = top(tags, count: hashtags)
    for a in accounts.indices {
      accounts[a].distinctiveTerms = topWords[a]
      accounts[a].distinctiveHashtags = topTags[a]
    }
  }

  /// The `count` best terms of each account.
  static func top(_ counts: [[String: Int]], count: Int) -> [[String]] {
    let accountsWithTerms = Double(counts.filter { !$0.isEmpty }.count)
    var documentFrequency: [String: Int] = [:]
    for account in counts {
      for term in account.keys { documentFrequency[term, default: 0] += 1 }
    }
    return counts.map { account in
      let total = Double(account.values.reduce(0, +))
      return account.filter { $0.value >= 2 }.map { term, n in
        let idf = log((1 + accountsWithTerms) / (1 + Double(documentFrequency[term] ?? 0))) + 1
        return (term: term, score: Double(n) / total * idf)
      }.sorted {
        $0.score != $1.score ? $0.score > $1.score : TermMatrix.termOrder($0.term, $1.term)
      }.prefix(count).map(\.term)
    }
  }
}
