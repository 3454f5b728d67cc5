import FollowAnalysis
import Foundation

extension Variants {
  /// `--stability`: the stability across subsamples of every candidate number of topics on
  /// every corpus, by terms and by posts, with the most stable and the next (a `--topics auto`
  /// rule tried and not adopted).
  static func stability(_ corpora: [LabelledCorpus]) {
    let tokenizer = PostTokenizer()
    for corpus in corpora {
      let documents = corpus.texts.map { tokenizer.tokenize(text: $0, infersLanguage: true).terms }
      let candidates = TopicDiscovery.topicCountCandidates(posts: documents.count)
      let start = Date()
      let scores = TopicDiscovery.topicCountStability(documents: documents, candidates: candidates)
      print(
        "\(corpus.name): labels \(corpus.k)"
          + String(format: ", %.1f s", Date().timeIntervalSince(start)))
      for (name, pick) in [
        (
          "terms (average Jaccard)",
          { (s: (terms: TopicStability, posts: TopicStability)) in s.terms }
        ),
        ("posts (adjusted Rand)", { $0.posts }),
      ] {
        let values = scores.map(pick)
        let ranked = values.indices.sorted {
          values[$0].mean > values[$1].mean || (values[$0].mean == values[$1].mean && $0 < $1)
        }
        print(
          "  \(name): most stable \(candidates[ranked[0]]), next \(candidates[ranked[1]])\n    "
            + candidates.indices.map {
              String(
                format: "%d: %.3f ±%.3f", candidates[$0], values[$0].mean,
                values[$0].standardError)
            }.joined(separator: "  "))
      }
      fflush(nil)
    }
  }
}
