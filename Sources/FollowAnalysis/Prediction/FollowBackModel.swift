import FollowModel

/// How the follow-back model is trained.
public struct FollowBackTraining: Sendable, Equatable {
  /// The seed of the sampling and the split.
  public var seed: UInt64 = 15
  /// The most follows used as examples; larger graphs are sampled uniformly.
  public var maxExamples = 120_000
  /// The share of examples held out to stop boosting.
  public var stoppingShare = 0.1
  /// The share of examples held out to measure calibration (never trained on).
  public var heldOutShare = 0.15
  /// The tree settings.
  public var boosting = BoostingParameters()
  /// The features used; by default every feature (topic similarity only with posts).
  public var features: [FollowBackFeature]?

  /// Creates the default settings.
  public init() {}
}

/// What training saw and how calibrated the model is on held-out follows.
public struct FollowBackTrainingSummary: Sendable {
  /// Follows in the graph.
  public var follows: Int
  /// Follows used as examples (all of them, or a uniform sample).
  public var examples: Int
  /// Whether the examples are a sample of the follows.
  public var sampled: Bool
  /// Examples whose follow is returned.
  public var reciprocated: Int
  /// Trees kept after early stopping.
  public var trees: Int
  /// Held-out examples (natural mix of returned and unreturned follows).
  public var heldOut: Int
  /// Brier score on the held-out examples.
  public var brier: Double?
  /// ROC AUC on the held-out examples.
  public var auc: Double?
  /// Reliability of the held-out probabilities, ten bins.
  public var reliability: [ReliabilityBin]
}

/// A calibrated estimate of the probability that v follows u back, given u → v, learned from
/// the follows of one graph.
///
/// Every follow u → v is an example, labelled by whether v → u exists; its features are
/// computed with v → u hidden (``FollowBackContext/Mode/hidden``), exactly as for a follow
/// whose return is unknown, so the model cannot learn from the answer.
public struct FollowBackModel: Sendable {
  /// The per-account figures the features come from.
  public let context: FollowBackContext
  /// The features, in the order the trees read them.
  public let features: [FollowBackFeature]
  /// What training saw.
  public let summary: FollowBackTrainingSummary
  private let trees: BoostedTrees
  private let mode: FollowBackContext.Mode

  /// Trains the model.
  ///
  /// - Parameters:
  ///   - context: The graph and its per-account figures.
  ///   - training: The settings.
  ///   - excluding: Pairs (follower, followed) never used as examples, e.g. the pairs asked
  ///     about.
  ///   - mode: ``FollowBackContext/Mode/hidden`` for the model; `.asIs` only for the
  ///     standard-feature baseline.
  /// - Complexity: O(*m* + *E* · *c* + *R* · *D* · *E* · *F*) for *m* follows, *E* ≤
  ///   `maxExamples` examples costing *c* each (``FollowBackContext/features(follower:followed:mode:)``),
  ///   *R* rounds of depth *D* over *F* features.
  public init(
    context: FollowBackContext, training: FollowBackTraining = FollowBackTraining(),
    excluding: Set<UInt64> = [], mode: FollowBackContext.Mode = .hidden
  ) {
    self.context = context
    self.mode = mode
    let graph = context.graph
    let chosen =
      training.features
      ?? FollowBackFeature.allCases.filter { $0 != .topicSimilarity || context.topics != nil }
    features = chosen
    var random = SplitMix64(seed: training.seed)
    let share = min(1, Double(training.maxExamples) / Double(max(graph.followCount, 1)))
    var pairs: [(Int, Int)] = []
    for u in 0..<graph.accountCount {
      for v in graph.following(of: u) where !excluding.contains(Self.key(u, Int(v))) {
        if share >= 1 || random.chance(share) { pairs.append((u, Int(v))) }
      }
    }
    pairs.shuffle(using: &random)
    let heldOutCount = Int(Double(pairs.count) * training.heldOutShare)
    let stopCount = Int(Double(pairs.count) * training.stoppingShare)
    var rows: [[Double]] = []
    var labels: [Double] = []
    rows.reserveCapacity(pairs.count)
    for (u, v) in pairs {
      let full = context.features(follower: u, followed: v, mode: mode)
      rows.append(chosen.map { full[$0.rawValue] })
      labels.append(graph.follows(v, u) ? 1 : 0)
    }
    let heldOut = 0..<heldOutCount
    let stopping = heldOutCount..<(heldOutCount + stopCount)
    let fit = (heldOutCount + stopCount)..<rows.count
    let fitted = BoostedTrees(
      rows: Array(rows[fit]), labels: Array(labels[fit]),
      validation: (Array(rows[stopping]), Array(labels[stopping])),
      parameters: training.boosting)
    trees = fitted
    let probabilities = rows[heldOut].map { fitted.probability($0) }
    let truth = labels[heldOut].map { $0 == 1 }
    summary = FollowBackTrainingSummary(
      follows: graph.followCount, examples: pairs.count, sampled: share < 1,
      reciprocated: Int(labels.reduce(0, +)), trees: fitted.treeCount, heldOut: heldOutCount,
      brier: Calibration.brier(probabilities: probabilities, labels: truth),
      auc: Calibration.auc(scores: probabilities, labels: truth),
      reliability: Calibration.reliability(probabilities: probabilities, labels: truth))
  }

  /// The probability that `followed` follows `follower` (back), from the graph without that
  /// follow.
  ///
  /// - Parameters:
  ///   - follower: u, a graph index.
  ///   - followed: v, a graph index.
  /// - Returns: A probability in (0, 1).
  /// - Complexity: that of ``FollowBackContext/features(follower:followed:mode:)`` plus
  ///   O(*T* · *D*) for *T* trees.
  public func probability(follower: Int, followed: Int) -> Double {
    trees.probability(row(follower: follower, followed: followed))
  }

  /// The feature row the trees read for a pair.
  ///
  /// - Parameters:
  ///   - follower: u.
  ///   - followed: v.
  /// - Returns: One value per entry of ``features``.
  public func row(follower: Int, followed: Int) -> [Double] {
    let full = context.features(follower: follower, followed: followed, mode: mode)
    return features.map { full[$0.rawValue] }
  }

  /// The key of a pair in an exclusion set.
  ///
  /// - Parameters:
  ///   - follower: u.
  ///   - followed: v.
  /// - Returns: A number unique to the ordered pair.
  public static func key(_ follower: Int, _ followed: Int) -> UInt64 {
    UInt64(follower) << 32 | UInt64(followed)
  }
}
