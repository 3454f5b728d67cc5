import FollowModel

/// One held-out pair of the evaluation protocol: u → v is in the reduced graph; the label
/// says whether v → u existed in the full graph.
public struct EvaluationPair: Equatable, Sendable {
  /// u, the follower (graph index).
  public var follower: Int
  /// v, the account that may follow back.
  public var followed: Int
  /// Whether v → u was in the graph (hidden from the reduced graph).
  public var followsBack: Bool
}

/// The held-out quality of the follow-back model on a graph, beside two baselines.
///
/// Protocol: draw as many mutual pairs as one-way follows; from each mutual pair hide one
/// direction v → u (label 1), keep each one-way follow u → v (label 0); everything is
/// trained and scored on the reduced graph only, and the pairs themselves are never
/// training examples.
public struct FollowBackEvaluation: Sendable {
  /// Pairs per class.
  public var pairsPerClass: Int
  /// AUC of the model.
  public var modelAUC: Double?
  /// AUC of v's follow-back habit alone (mutual / followers of v in the reduced graph).
  public var habitAUC: Double?
  /// AUC of gradient-boosted trees on the standard link features computed on the reduced
  /// graph as it is, trained on up to 50,000 other follows labelled by whether they are
  /// returned (the recipe of the scikit-learn baseline, with this project's trees).
  public var standardTreesAUC: Double?
  /// AUC of the model without the topic feature, when topic profiles exist.
  public var modelAUCWithoutTopics: Double?
  /// The model trained on the reduced graph, with its held-out calibration.
  public var training: FollowBackTrainingSummary
  /// Whether mutual pairs share topics more (only with posts).
  public var homophily: TopicHomophily?

  /// The AUC the topic feature adds.
  public var topicAUCGain: Double? {
    guard let with = modelAUC, let without = modelAUCWithoutTopics else { return nil }
    return with - without
  }

  /// Draws the held-out pairs and builds the reduced graph.
  ///
  /// - Parameters:
  ///   - graph: The full graph.
  ///   - share: The share of mutual pairs to hide one direction of.
  ///   - maxPairs: The most pairs per class.
  ///   - seed: The seed.
  /// - Returns: The pairs (positives first) and the graph without the hidden follows.
  /// - Complexity: O(*n* + *m* log *d*).
  public static func drawPairs(
    graph: FollowGraph, share: Double = 0.25, maxPairs: Int = 2_000, seed: UInt64 = 15
  ) -> (pairs: [EvaluationPair], reduced: FollowGraph) {
    var mutual: [(Int, Int)] = []
    var oneWay: [(Int, Int)] = []
    for u in 0..<graph.accountCount {
      for target in graph.following(of: u) {
        let v = Int(target)
        if graph.follows(v, u) {
          if u < v { mutual.append((u, v)) }
        } else {
          oneWay.append((u, v))
        }
      }
    }
    var random = SplitMix64(seed: seed)
    let count = min(maxPairs, Int(share * Double(mutual.count)), oneWay.count)
    mutual.shuffle(using: &random)
    oneWay.shuffle(using: &random)
    var pairs: [EvaluationPair] = []
    var hidden = Set<UInt64>()
    for (a, b) in mutual.prefix(count) {
      let (u, v) = random.chance(0.5) ? (a, b) : (b, a)
      pairs.append(EvaluationPair(follower: u, followed: v, followsBack: true))
      hidden.insert(FollowBackModel.key(v, u))
    }
    for (u, v) in oneWay.prefix(count) {
      pairs.append(EvaluationPair(follower: u, followed: v, followsBack: false))
    }
    var followers: [UInt32] = []
    var followed: [UInt32] = []
    for u in 0..<graph.accountCount {
      for v in graph.following(of: u) where !hidden.contains(FollowBackModel.key(u, Int(v))) {
        followers.append(UInt32(u))
        followed.append(v)
      }
    }
    let table = FollowTable(
      network: graph.network, accountIDs: graph.accountIDs, followers: followers,
      followed: followed)
    return (pairs, FollowGraph(table))
  }

  /// Runs the protocol.
  ///
  /// - Parameters:
  ///   - graph: The full graph.
  ///   - topics: Post-word profiles by graph index, when posts were imported.
  ///   - training: The model's settings (its seed also draws the pairs).
  ///   - share: The share of mutual pairs hidden.
  ///   - maxPairs: The most pairs per class.
  /// - Returns: The AUCs and calibration.
  /// - Complexity: that of drawing the pairs plus three trainings (four with topics).
  public static func run(
    graph: FollowGraph, topics: TopicProfiles? = nil,
    training: FollowBackTraining = FollowBackTraining(), share: Double = 0.25,
    maxPairs: Int = 2_000
  ) -> FollowBackEvaluation {
    let (pairs, reduced) = drawPairs(
      graph: graph, share: share, maxPairs: maxPairs, seed: training.seed)
    let excluded = Set(pairs.map { FollowBackModel.key($0.follower, $0.followed) })
    let context = FollowBackContext(graph: reduced, topics: topics)
    let labels = pairs.map(\.followsBack)
    let model = FollowBackModel(context: context, training: training, excluding: excluded)
    let modelScores = pairs.map { model.probability(follower: $0.follower, followed: $0.followed) }
    let habitScores = pairs.map { pair -> Double in
      let followers = reduced.followersCount(of: pair.followed)
      return followers > 0 ? Double(context.mutual[pair.followed]) / Double(followers) : 0
    }
    var standard = training
    standard.features = FollowBackFeature.standard
    standard.maxExamples = 50_000
    let baseline = FollowBackModel(
      context: context, training: standard, excluding: excluded, mode: .asIs)
    let baselineScores = pairs.map {
      baseline.probability(follower: $0.follower, followed: $0.followed)
    }
    var result = FollowBackEvaluation(
      pairsPerClass: pairs.count / 2,
      modelAUC: Calibration.auc(scores: modelScores, labels: labels),
      habitAUC: Calibration.auc(scores: habitScores, labels: labels),
      standardTreesAUC: Calibration.auc(scores: baselineScores, labels: labels),
      modelAUCWithoutTopics: nil, training: model.summary, homophily: nil)
    if let topics {
      result.homophily = TopicHomophily.measure(graph: graph, topics: topics, seed: training.seed)
      if result.homophily?.availability == .measured {
        var plain = training
        plain.features = FollowBackFeature.allCases.filter { $0 != .topicSimilarity }
        let without = FollowBackModel(context: context, training: plain, excluding: excluded)
        let scores = pairs.map { without.probability(follower: $0.follower, followed: $0.followed) }
        result.modelAUCWithoutTopics = Calibration.auc(scores: scores, labels: labels)
      }
    }
    return result
  }
}
