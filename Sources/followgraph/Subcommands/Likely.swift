import ArgumentParser
import FollowAnalysis
import FollowModel
import FollowReports
import FollowStore
import Foundation

/// `followgraph likely`: who will follow back, with a calibrated probability.
struct Likely: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who is likely to follow back: calibrated probabilities learned from the graph.",
    discussion: """
      Learns from every follow u -> v of the network whether v followed back, with v -> u \
      hidden while its features are computed (v's habit without the pair, audiences, degree \
      similarity, common and mutual neighbours, PageRank, web fame, post-word similarity), \
      with gradient-boosted trees. Ranks the accounts the owner (or --account) follows that \
      do not follow back, and with --candidates suggested|all accounts not followed yet; \
      --pairs FILE (CSV header follower,followed) scores given pairs in their order; \
      --evaluate hides the return of mutual follows and reports the AUC beside two baselines.
      """)

  /// Which accounts are ranked without --pairs.
  enum Candidates: String, ExpressibleByArgument, CaseIterable {
    case following, suggested, all
  }

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions
  @OptionGroup var scope: ScopeOptions

  @Option(
    help: ArgumentHelp(
      "A CSV file of pairs to score, header follower,followed (selectors or native ids).",
      valueName: "file"))
  var pairs: String?

  @Option(help: "Without --pairs: rank following (default), suggested or all.")
  var candidates: Candidates = .following

  @Flag(help: "Measure held-out quality with two baselines instead of ranking.")
  var evaluate = false

  @Option(help: "Output format: text, json or csv.")
  var format: OutputFormat = .text

  @Option(help: ArgumentHelp("List at most this many accounts per list (0 = all).", valueName: "n"))
  var limit: Int = 20

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    guard !(evaluate && pairs != nil) else {
      throw ValidationError("--evaluate and --pairs exclude each other")
    }
  }

  func run() throws {
    let store = try FollowDatabase.open(path: database.db, create: false)
    let bar = progress.makeBar()
    let loaded = try Scope.load(
      database: store, network: scope.network.map(Network.init(rawValue:)),
      selector: try scope.selector, progress: bar)
    bar.phase("loading the graph")
    let graph = FollowGraph(try store.followTable(network: loaded.network))
    let topics = try Self.topicProfiles(store: store, graph: graph)
    let names = loaded.report.directory
    if evaluate {
      bar.phase("evaluating")
      let result = FollowBackEvaluation.run(graph: graph, topics: topics)
      bar.finish()
      emit(LikelyRenderer.evaluation(result, network: loaded.network, format: reportFormat))
      return
    }
    if let pairs {
      let list = try PairsFile.read(pairs, graph: graph, store: store, network: loaded.network)
      bar.phase("training")
      let model = FollowBackModel(
        context: FollowBackContext(graph: graph, topics: topics),
        excluding: Set(list.map { FollowBackModel.key($0.follower, $0.followed) }))
      let scored = list.map { pair in
        LikelyRenderer.ScoredPair(
          follower: pair.followerText, followed: pair.followedText,
          probability: model.probability(follower: pair.follower, followed: pair.followed),
          reasons: FollowBackReasons.describe(
            context: model.context, follower: pair.follower, followed: pair.followed))
      }
      bar.finish()
      emit(LikelyRenderer.pairs(scored, format: reportFormat))
      return
    }
    guard let owner = loaded.owner, let index = graph.index(of: owner.owner.id.value) else {
      throw LikelyError.noOwner
    }
    bar.phase("training")
    let model = FollowBackModel(context: FollowBackContext(graph: graph, topics: topics))
    let forecast = FollowBackForecast.rank(
      model: model, owner: index, suggest: candidates != .following)
    bar.finish()
    emit(
      LikelyRenderer.forecast(
        forecast, owner: owner.owner, directory: names, showFollowing: candidates != .suggested,
        limit: limit == 0 ? nil : limit, format: reportFormat))
  }

  private var reportFormat: LikelyRenderer.Format {
    switch format {
    case .text: .text
    case .json: .json
    case .csv: .csv
    }
  }

  private func emit(_ text: String) {
    if format == .text { Output.standardOutputText(text) } else { Output.standardOutput(text) }
  }

  /// Word profiles of the accounts with posts in the graph, or `nil` without posts.
  private static func topicProfiles(store: FollowDatabase, graph: FollowGraph) throws
    -> TopicProfiles?
  {
    let posts = try store.posts(network: graph.network)
    guard !posts.isEmpty else { return nil }
    var indexes: [String: Int] = [:]
    for (index, id) in graph.accountIDs.enumerated() { indexes[id] = index }
    let tokenizer = PostTokenizer()
    var words: [Int: [String]] = [:]
    for post in posts where !post.isRepost {
      guard let index = indexes[post.author.value] else { continue }
      let tokens = tokenizer.tokenize(post)
      words[index, default: []] += tokens.words + tokens.hashtags
    }
    return TopicProfiles(words: words)
  }
}

/// Errors of `likely`, one line each.
enum LikelyError: Error, LocalizedError {
  case noOwner
  case unreadable(path: String, reason: String)
  case badHeader(path: String, found: String)
  case badLine(path: String, line: Int, reason: String)

  var errorDescription: String? {
    switch self {
    case .noOwner:
      "no single export owner in this network; choose the account with --account or use --pairs"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .badHeader(let path, let found):
      "\(path):1: the header must be 'follower,followed', found '\(found)'"
    case .badLine(let path, let line, let reason): "\(path):\(line): \(reason)"
    }
  }
}

/// The `--pairs` file: CSV with the header `follower,followed`, one pair per line.
struct PairsFile {
  /// One pair as written and as graph indexes.
  struct Pair {
    var followerText: String
    var followedText: String
    var follower: Int
    var followed: Int
  }

  /// Reads and resolves every pair; a cell is a native id of the network or a selector.
  static func read(
    _ path: String, graph: FollowGraph, store: FollowDatabase, network: Network
  ) throws -> [Pair] {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw LikelyError.unreadable(path: path, reason: error.localizedDescription)
    }
    var indexes: [String: Int] = [:]
    for (index, id) in graph.accountIDs.enumerated() { indexes[id] = index }
    // A CRLF is one Character, so this splits on \n, \r\n and \r alike.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
      String.init)
    let header = (lines.first ?? "").split(separator: ",").map(cell)
    guard header.count >= 2, header[0] == "follower", header[1] == "followed" else {
      throw LikelyError.badHeader(path: path, found: lines.first ?? "")
    }
    func resolve(_ text: String, line: Int) throws -> Int {
      if let index = indexes[text] { return index }
      do {
        let id = try store.resolve(AccountSelector(parsing: text), network: network)
        if let index = indexes[id.value] { return index }
        throw LikelyError.badLine(
          path: path, line: line, reason: "'\(text)' has no follows in network \(network)")
      } catch let error as LikelyError {
        throw error
      } catch {
        throw LikelyError.badLine(path: path, line: line, reason: "unknown account '\(text)'")
      }
    }
    var pairs: [Pair] = []
    for (offset, line) in lines.enumerated().dropFirst()
    where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let number = offset + 1
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(cell)
      guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
        throw LikelyError.badLine(
          path: path, line: number, reason: "expected 'follower,followed', found '\(line)'")
      }
      let follower = try resolve(cells[0], line: number)
      let followed = try resolve(cells[1], line: number)
      guard follower != followed else {
        throw LikelyError.badLine(path: path, line: number, reason: "an account paired with itself")
      }
      pairs.append(
        Pair(followerText: cells[0], followedText: cells[1], follower: follower, followed: followed)
      )
    }
    return pairs
  }

  private static func cell(_ raw: Substring) -> String {
    var text = raw.trimmingCharacters(in: .whitespaces)
    if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
      text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
    return text
  }
}
