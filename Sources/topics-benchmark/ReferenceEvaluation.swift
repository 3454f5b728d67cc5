import FollowAnalysis
import FollowModel
import Foundation

/// Topic discovery on the labelled tweets of `../shared/reference/topics/`: the figures the
/// reference tests check, printed, plus the focus error on account sets resampled from the
/// same tweets with other seeds and share ranges.
struct ReferenceEvaluation {
  let folder: URL
  private(set) var texts: [String] = []
  private(set) var labels: [String] = []
  private var index: [String: Int] = [:]

  /// Reads the tweets in the order `expected.json` describes.
  init(folder: URL) throws {
    self.folder = folder
    let root = folder.appendingPathComponent("tweeteval-stance")
    let topics = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { !$0.contains(".") }.sorted()
    for topic in topics {
      for split in ["train", "val", "test"] {
        let file = "\(topic)/\(split)_text.txt"
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
          .enumerated()
        where !line.isEmpty {
          index["\(file):\(number + 1)"] = texts.count
          texts.append(String(line))
          labels.append(topic)
        }
      }
    }
  }

  /// The synthetic accounts of `focus_accounts.csv`: account → (share, tweet indexes).
  func referenceAccounts() throws -> [(name: String, share: Double, documents: [Int])] {
    let text = try String(
      contentsOf: folder.appendingPathComponent("focus_accounts.csv"), encoding: .utf8)
    var accounts: [(name: String, share: Double, documents: [Int])] = []
    for line in text.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",").map(String.init)
      guard cells.count == 4, let share = Double(cells[2]), let document = index[cells[3]] else {
        continue
      }
      if accounts.last?.name != cells[0] { accounts.append((cells[0], share, [])) }
      accounts[accounts.count - 1].documents.append(document)
    }
    return accounts
  }

  /// Accounts resampled from the tweets: home label `a mod 5`, a share drawn uniformly in
  /// `shares`, other posts on the other labels uniformly, no tweet twice in an account.
  func resampledAccounts(seed: UInt64, accounts: Int, posts: Int, shares: ClosedRange<Double>)
    -> [(name: String, share: Double, documents: [Int])]
  {
    var random = SplitMix64(seed: seed)
    let names = Array(Set(labels)).sorted()
    let byLabel = Dictionary(grouping: labels.indices, by: { labels[$0] })
    return (0..<accounts).map { a in
      let share = shares.lowerBound + (shares.upperBound - shares.lowerBound) * random.nextUnit()
      let home = names[a % names.count]
      let onHome = Int((share * Double(posts)).rounded())
      var pool = byLabel[home] ?? []
      var documents: [Int] = []
      for _ in 0..<onHome {
        documents.append(pool.remove(at: Int(random.next() % UInt64(pool.count))))
      }
      var others = names.filter { $0 != home }.map { byLabel[$0] ?? [] }
      for _ in onHome..<posts {
        let o = Int(random.next() % UInt64(others.count))
        documents.append(others[o].remove(at: Int(random.next() % UInt64(others[o].count))))
      }
      return ("s\(seed)-\(a)", Double(onHome) / Double(posts), documents)
    }
  }

  /// The mean absolute error of the focus `followgraph topics --topics 5` estimates.
  func focusError(_ accounts: [(name: String, share: Double, documents: [Int])]) throws -> Double {
    var posts: [Post] = []
    for account in accounts {
      for (offset, document) in account.documents.enumerated() {
        posts.append(
          Post(
            id: "\(account.name)-\(offset)",
            author: AccountID(network: .generic, value: account.name),
            createdAt: Date(timeIntervalSince1970: 1_435_708_800 + Double(offset) * 3600),
            text: texts[document]))
      }
    }
    let analysis = try TopicFocus.analyze(
      posts: posts, options: TopicOptions(topics: 5, includeReposts: true))
    let focus = Dictionary(
      uniqueKeysWithValues: analysis.accounts.map { ($0.account.value, $0.focus ?? 0) })
    let errors = accounts.map { abs((focus[$0.name] ?? 0) - $0.share) }
    return errors.reduce(0, +) / Double(errors.count)
  }
}
