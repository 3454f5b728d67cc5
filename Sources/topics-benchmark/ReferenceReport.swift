import FollowAnalysis
import Foundation

/// `--reference`: topic discovery on every labelled corpus of `../shared/reference/topics/`
/// beside scikit-learn's TF-IDF + NMF recomputed in the same run (`Scripts/topics-sklearn.py`),
/// then the focus error on the TweetEval accounts.
enum ReferenceReport {
  /// scikit-learn's figures for one corpus.
  struct Anchor: Decodable {
    let nmi: Double
    let ari: Double
    let purity: Double
    /// The NMI of the corpus's `expected.json`; `nil` for a derived corpus, which is then
    /// compared with the NMI recomputed in this run.
    let anchor_nmi: Double?
  }

  /// The repository's root, from this file's path.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Prints the table and returns whether every corpus reached its anchor NMI.
  static func run(folder: URL) throws -> Bool {
    let corpora = try LabelledCorpus.all(in: folder)
    print("reference: \(folder.path)")
    var cpu = cpuSeconds()
    var start = Date()
    let anchors = scikitLearn(folder: folder)
    print(
      String(
        format: "scikit-learn recomputed in %.1f s (CPU of this process %.1f s)",
        Date().timeIntervalSince(start), cpuSeconds() - cpu))
    print(
      "corpus              posts   k   NMI     ARI     purity | sklearn NMI  ARI     purity "
        + "| anchor NMI | ≥ anchor | time")
    var allAhead = true
    let tokenizer = PostTokenizer()
    for corpus in corpora {
      start = Date()
      cpu = cpuSeconds()
      let documents = corpus.texts.map { tokenizer.tokenize(text: $0, infersLanguage: true).terms }
      let found = TopicDiscovery.run(
        documents: documents, groups: documents.map { _ in 0 }, groupCount: 1, k: corpus.k)
      let ours = ClusterAgreement(
        labels: corpus.labels, clusters: found.postTopics.map { $0 ?? -1 })
      let wall = Date().timeIntervalSince(start)
      let anchor = anchors[corpus.name]
      let ahead = anchor.map { ours.nmi >= ($0.anchor_nmi ?? $0.nmi) }
      if ahead != true { allAhead = false }
      print(
        corpus.name.padding(toLength: 18, withPad: " ", startingAt: 0)
          + String(
            format: " %6d %3d   %.4f  %.4f  %.4f | %.4f       %.4f  %.4f | %.4f     | %@      "
              + "| %.1f s (CPU %.1f s), start %d of %d kept, λ %.1f, EM %d",
            corpus.texts.count, corpus.k, ours.nmi, ours.ari, ours.purity, anchor?.nmi ?? .nan,
            anchor?.ari ?? .nan, anchor?.purity ?? .nan, anchor?.anchor_nmi ?? anchor?.nmi ?? .nan,
            ahead.map { $0 ? "yes" : "NO " } ?? "?  ", wall, cpuSeconds() - cpu,
            found.chosenStart + 1, found.startScores.count, found.smoothing,
            found.mixtureIterations))
    }
    return allAhead
  }

  /// Runs `Scripts/topics-sklearn.py`; an empty result (and a note on stderr) when it fails.
  static func scikitLearn(folder: URL) -> [String: Anchor] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", repository.appendingPathComponent("Scripts/topics-sklearn.py").path, folder.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        FileHandle.standardError.write(Data("topics-sklearn.py failed\n".utf8))
        return [:]
      }
      return try JSONDecoder().decode([String: Anchor].self, from: data)
    } catch {
      FileHandle.standardError.write(Data("topics-sklearn.py: \(error)\n".utf8))
      return [:]
    }
  }
}
