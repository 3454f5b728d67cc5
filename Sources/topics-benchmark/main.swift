import FollowAnalysis
import FollowModel
import Foundation

// topics-benchmark: times topic discovery on synthetic posts (release build) and, with
// --reference, prints the reference figures of ../shared/reference/topics/.
//
//   swift run -c release topics-benchmark [--posts 100000] [--accounts 500] [--topics 8]
//   swift run -c release topics-benchmark --reference [--reference-dir PATH]

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count,
    let value = Int(arguments[i + 1])
  else { return fallback }
  return value
}
func seconds(_ start: Date) -> String { String(format: "%.2f s", Date().timeIntervalSince(start)) }
func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

if arguments.contains("--reference") {
  let folder: URL
  if let i = arguments.firstIndex(of: "--reference-dir"), i + 1 < arguments.count {
    folder = URL(fileURLWithPath: arguments[i + 1])
  } else {
    folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/reference/topics")
  }
  let evaluation = try ReferenceEvaluation(folder: folder)
  print("reference: \(folder.path), \(evaluation.texts.count) labelled tweets, k = 5")
  var start = Date()
  let (agreement, smoothing) = evaluation.agreement()
  print(
    String(
      format: "  all tweets, one account: NMI %.4f  ARI %.4f  purity %.4f  (λ = %.1f, %@)",
      agreement.nmi, agreement.ari, agreement.purity, smoothing, seconds(start)))
  start = Date()
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
