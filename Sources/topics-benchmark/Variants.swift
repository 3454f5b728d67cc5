import FollowAnalysis
import Foundation

/// The discovery variants compared on every labelled corpus (`--variants`): the record of
/// what was tried, reproducible.
enum Variants {
  /// Prints NMI / ARI / purity of each variant on each corpus, with its time.
  static func run(_ corpora: [LabelledCorpus]) {
    let tokenizer = PostTokenizer()
    for corpus in corpora {
      let documents = corpus.texts.map { tokenizer.tokenize(text: $0, infersLanguage: true).terms }
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
      if arguments.contains("--iterations") {
        for cap in [1, 3, 5, 8, 50, 100, 200, 400, 1000] {
          start = Date()
          let capped = TopicDiscovery.run(
            documents: documents, groups: groups, groupCount: 1, k: corpus.k,
            iterations: cap)
          show(
            "EM ≤ \(cap), λ \(capped.smoothing), held-out \(Int(capped.smoothingScores.max() ?? 0))",
            capped.postTopics.map { $0 ?? -1 }, start)
        }
        continue
      }
      for seed: UInt64 in 1...3 {
        start = Date()
        let fit = DirichletMixture().fit(counts: matrix.counts, k: corpus.k, seed: seed)
        show("GSDMM alone, seed \(seed) (log joint \(Int(fit.logJoint)))", fit.clusters, start)
      }
      start = Date()
      let kept = TopicDiscovery.run(
        documents: documents, groups: groups, groupCount: 1, k: corpus.k)
      show(
        "NMF start + mixture (kept), λ \(kept.smoothing), LL \(Int(kept.logLikelihood))",
        kept.postTopics.map { $0 ?? -1 }, start)
      start = Date()
      let sublinear = TopicDiscovery.run(
        documents: documents, groups: groups, groupCount: 1, k: corpus.k,
        starts: [.sublinearNMF])
      show(
        "sublinear TF NMF start + mixture, λ \(sublinear.smoothing)",
        sublinear.postTopics.map { $0 ?? -1 }, start)
      start = Date()
      let gsdmm = TopicDiscovery.run(
        documents: documents, groups: groups, groupCount: 1, k: corpus.k,
        starts: [.dirichletMixture(seeds: 4)], smoothing: kept.smoothing)
      show(
        "GSDMM start (best of 4) + mixture, LL \(Int(gsdmm.logLikelihood))",
        gsdmm.postTopics.map { $0 ?? -1 }, start)
      start = Date()
      let both = TopicDiscovery.run(
        documents: documents, groups: groups, groupCount: 1, k: corpus.k,
        starts: [.nmf, .dirichletMixture(seeds: 2)])
      show(
        "both starts, best held-out kept (\(both.chosenStart + 1))",
        both.postTopics.map { $0 ?? -1 }, start)
    }
  }
}

extension Variants {
  /// `--topics auto` on every corpus: the score of every candidate number of topics.
  static func topicCounts(_ corpora: [LabelledCorpus]) {
    let tokenizer = PostTokenizer()
    for corpus in corpora {
      let documents = corpus.texts.map { tokenizer.tokenize(text: $0, infersLanguage: true).terms }
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
