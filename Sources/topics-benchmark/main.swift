import FollowAnalysis
import FollowModel
import Foundation

// topics-benchmark: times topic discovery on synthetic posts (release build); with
// --reference, prints NMI/ARI/purity on every labelled corpus of ../shared/reference/topics/
// beside scikit-learn recomputed in the same run (Scripts/topics-sklearn.py), and the focus
// error; --variants prints the discovery variants tried; --topic-counts the auto-k scores;
// --stability the stability of each number of topics (an auto-k rule tried).
//
//   swift run -c release topics-benchmark [--posts 100000] [--accounts 500] [--topics 8]
//   swift run -c release topics-benchmark --reference [--reference-dir PATH]
//   swift run -c release topics-benchmark --variants | --topic-counts | --stability

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count,
    let value = Int(arguments[i + 1])
  else { return fallback }
  return value
}
/// CPU time (user + system) of the process so far, in seconds.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
nonisolated(unsafe) var cpuMark = cpuSeconds()
/// Wall time since `start` and CPU time since the previous call.
func seconds(_ start: Date) -> String {
  let cpu = cpuSeconds()
  defer { cpuMark = cpu }
  return String(format: "%.2f s (CPU %.2f s)", Date().timeIntervalSince(start), cpu - cpuMark)
}
func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

let referenceFolder: URL = {
  if let i = arguments.firstIndex(of: "--reference-dir"), i + 1 < arguments.count {
    return URL(fileURLWithPath: arguments[i + 1])
  }
  return ReferenceReport.repository.deletingLastPathComponent()
    .appendingPathComponent("shared/reference/topics")
}()

if arguments.contains("--stability") {
  Variants.stability(try LabelledCorpus.all(in: referenceFolder))
} else if arguments.contains("--topic-counts") {
  Variants.topicCounts(try LabelledCorpus.all(in: referenceFolder))
} else if arguments.contains("--variants") {
  Variants.run(try LabelledCorpus.all(in: referenceFolder))
} else if arguments.contains("--reference") {
  let folder = referenceFolder
  let ahead = try ReferenceReport.run(folder: folder)
  print(ahead ? "NMI at least scikit-learn's anchor on every corpus" : "NMI BELOW an anchor")
  guard hasTweetEval(folder) else { exit(ahead ? 0 : 1) }
  let evaluation = try ReferenceEvaluation(folder: folder)
  print("focus of accounts built from the TweetEval tweets (topics 5):")
  let start = Date()
  let reference = try evaluation.focusError(try evaluation.referenceAccounts())
  print(
    String(
      format: "  focus_accounts.csv (20 × 200): focus MAE %.4f  (%@)", reference, seconds(start)))
  for (label, accounts, posts, range) in [
    ("20 × 200, shares 0.5–0.9", 20, 200, 0.5...0.9),
    ("20 × 200, shares 0.3–0.95", 20, 200, 0.3...0.95),
    ("40 × 100, shares 0.3–0.95", 40, 100, 0.3...0.95),
    ("30 × 50, shares 0.3–0.95", 30, 50, 0.3...0.95),
  ] {
    var errors: [Double] = []
    for seed: UInt64 in 1...3 {
      errors.append(
        try evaluation.focusError(
          evaluation.resampledAccounts(seed: seed, accounts: accounts, posts: posts, shares: range))
      )
    }
    print(
      "  resampled \(label), seeds 1–3: focus MAE "
        + errors.map { String(format: "%.4f", $0) }.joined(separator: ", "))
  }
} else {
  let count = option("--posts", 100_000)
  let accounts = option("--accounts", 500)
  let k = option("--topics", 8)
  print("topic discovery on \(count) synthetic posts of \(accounts) accounts, k = \(k)")
  var start = Date()
  let corpus = SyntheticPosts(posts: count, accounts: accounts, seed: 42)
  print("  generate posts          \(seconds(start))")
  start = Date()
  let tokenizer = PostTokenizer()
  let documents = corpus.posts.map { tokenizer.tokenize($0).terms }
  print(
    "  tokenize alone          \(seconds(start))  (\(documents.reduce(0) { $0 + $1.count }) terms)")
  start = Date()
  let matrix = TermMatrix(documents: documents)
  let tfidf = matrix.tfidf()
  print(
    "  TF-IDF alone            \(seconds(start))  (\(matrix.vocabulary.count) terms, "
      + "\(tfidf.nonZeroCount) entries)"
  )
  start = Date()
  let nmf = NMF.factorize(tfidf, k: k)
  print("  NMF alone               \(seconds(start))  (\(nmf.iterations) iterations)")
  if arguments.contains("--breakdown") {
    let groups = corpus.posts.map { Int($0.author.value.dropFirst(4)) ?? 0 }
    for (name, starts) in [
      ("NMF start + 1 fit", [TopicDiscovery.Start.nmf]),
      ("GSDMM 1 seed + 1 fit", [.dirichletMixture(seeds: 1)]),
    ] {
      start = Date()
      let one = TopicDiscovery.run(
        documents: documents, groups: groups, groupCount: accounts, k: k, starts: starts,
        smoothing: 0.5)
      print("  \(name)  \(seconds(start))  \(one.mixtureIterations) EM iterations")
    }
  }
  start = Date()
  let found = TopicDiscovery.run(
    documents: documents, groups: corpus.posts.map { Int($0.author.value.dropFirst(4)) ?? 0 },
    groupCount: accounts, k: k)
  print(
    "  discovery alone         \(seconds(start))  (starts' log-likelihoods "
      + found.startScores.map { String(Int($0)) }.joined(separator: ", ")
      + ", kept \(found.chosenStart))")
  start = Date()
  let analysis = try TopicFocus.analyze(posts: corpus.posts, options: TopicOptions(topics: k))
  print(
    "  analyze (all steps)     \(seconds(start))  tokenize, TF-IDF, NMF, λ selection, final fit")
  if case .discovered(let smoothing, let vocabulary) = analysis.method {
    print("  vocabulary \(vocabulary) terms, λ = \(smoothing), \(analysis.topics.count) topics")
  }
  print(String(format: "  peak resident memory    %.0f MB", peakMemoryMB()))
  let byID = Dictionary(
    uniqueKeysWithValues: corpus.posts.enumerated().map { ($1.id, corpus.topics[$0]) })
  let assigned = analysis.posts.map { ($0.topic ?? -1, byID[$0.postID] ?? -1) }
  let agreement = ClusterAgreement(labels: assigned.map(\.1), clusters: assigned.map(\.0))
  print(
    String(
      format: "  agreement with the 40 generating topics: NMI %.3f ARI %.3f purity %.3f",
      agreement.nmi, agreement.ari, agreement.purity))
}
