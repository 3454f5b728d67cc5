import FollowAnalysis
import Foundation

/// The discovery variants compared on every labelled corpus (`--variants`): the record of
/// what was tried, reproducible.
enum Variants {
  /// Prints NMI / ARI / purity of each variant on each corpus, with its time.
  static func run(_ corpora: [LabelledCorpus]) {
    let tokenizer = PostTokenizer()
    for corpus in corpora {
      let documents = corpus.texts.map { tokenizer.tokenize(text: $0).terms }
      let groups = documents.map { _ in 0 }
      let matrix = TermMatrix(documents: documents)
      print("\(corpus.name): \(documents.count) posts, k = \(corpus.k)")
      func show(_ name: String, _ clusters: [Int], _ start: Date) {
        let a = ClusterAgreement(labels: corpus.labels, clusters: clusters)
        print(
          String(
            format: "  %-44@ NMI %.4f  ARI %.4f  purity %.4f  %.1f s", name as NSString, a.nmi,
            a.ari, a.purity, Date().timeIntervalSince(start)))
        fflush(nil)
      }
      var start = Date()
      let nmf = NMF.factorize(matrix.tfidf(), k: corpus.k)
      show("NMF alone", nmf.dominantComponents.map { $0 ?? -1 }, start)
      for seed: UInt64 in [] {
        start = Date()
        let fit = DirichletMixture().fit(counts: matrix.counts, k: corpus.k, seed: seed)
        show("GSDMM alone, seed \(seed) (logJ \(Int(fit.logJoint)))", fit.clusters, start)
      }
      start = Date()
      let combined = TopicDiscovery.run(
        documents: documents, groups: groups, groupCount: 1, k: corpus.k)
      show(
        "default starts λ \(combined.smoothing) chose \(combined.chosenStart)",
        combined.postTopics.map { $0 ?? -1 }, start)
      print(
        "    LL per start: " + combined.startScores.map { String(Int($0)) }.joined(separator: ", "))
      for (name, how) in [
        ("NMF", TopicDiscovery.Start.nmf),
        ("GSDMM best of 4", .dirichletMixture(seeds: 4)),
        ("GSDMM best of 1", .dirichletMixture(seeds: 1)),
      ] {
        start = Date()
        let found = TopicDiscovery.run(
          documents: documents, groups: groups, groupCount: 1, k: corpus.k, starts: [how],
          smoothing: combined.smoothing)
        show(
          name + " + mixture, LL \(Int(found.logLikelihood))", found.postTopics.map { $0 ?? -1 },
          start)
      }
    }
  }
}

extension Variants {
  /// `--topics auto` on every corpus: the score of every candidate number of topics.
  static func topicCounts(_ corpora: [LabelledCorpus]) {
    let tokenizer = PostTokenizer()
    for corpus in corpora {
      let documents = corpus.texts.map { tokenizer.tokenize(text: $0).terms }
      let start = Date()
      let choice = TopicDiscovery.chooseTopicCount(
        documents: documents, groups: documents.map { _ in 0 }, groupCount: 1)
      print(
        "\(corpus.name): labels \(corpus.k), chosen \(choice.chosen), runner-up "
          + "\(choice.runnerUp.map(String.init) ?? "-")"
          + String(format: ", %.1f s", Date().timeIntervalSince(start)))
      print(
        "  "
          + zip(choice.candidates, choice.scores).map { "\($0): \(Int($1))" }
          .joined(separator: "  "))
      fflush(nil)
    }
  }
}
