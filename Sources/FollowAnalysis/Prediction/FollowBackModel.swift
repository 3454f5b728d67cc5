import FollowModel

/// How the follow-back model is trained.
public struct FollowBackTraining: Sendable, Equatable {
  /// The seed of the sampling and the split.
  public var seed: UInt64 = 15
  /// The most follows used as examples; larger graphs are sampled uniformly.
  public var maxExamples = 100_000
  /// The tree settings.
  public var boosting = BoostingParameters()
  /// Folds of cross-fitting: as many models, averaged, each trained on the other folds and
  /// stopped early on its own.
  public var folds = 5
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
  /// Trees kept after early stopping, all models together.
  public var trees: Int
  /// Examples scored out of fold, by a model that never trained on them (all of them).
  public var heldOut: Int
  /// Brier score of the out-of-fold probabilities.
  public var brier: Double?
  /// ROC AUC of the out-of-fold probabilities.
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
  private let trees: [BoostedTrees]
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
    var rows: [[Double]] = []
    var labels: [Double] = []
    rows.reserveCapacity(pairs.count)
    for (u, v) in pairs {
      let full = context.features(follower: u, followed: v, mode: mode)
      rows.append(chosen.map { full[$0.rawValue] })
      labels.append(graph.follows(v, u) ? 1 : 0)
    }
    // Cross-fitting: each of k models trains on k − 1 folds and stops on the last; every
    // example is then predicted by the model that never saw it (out-of-fold), which gives
    // the held-out calibration. Both directions of a mutual pair share a fold, so the mirror
    // example cannot help.
    let folds = max(training.folds, 2)
    let fold = pairs.map {
      min(
        Int(Self.draw(Self.key(min($0.0, $0.1), max($0.0, $0.1)), training.seed) * Double(folds)),
        folds - 1)
    }
    var ensemble: [BoostedTrees] = []
    var probabilities = [Double](repeating: 0, count: pairs.count)
    for k in 0..<folds {
      var fit: (rows: [[Double]], labels: [Double]) = ([], [])
      var stop: (rows: [[Double]], labels: [Double]) = ([], [])
      for index in pairs.indices {
        if fold[index] == k {
          stop.rows.append(rows[index])
          stop.labels.append(labels[index])
        } else {
          fit.rows.append(rows[index])
          fit.labels.append(labels[index])
        }
      }
      let model = BoostedTrees(
        rows: fit.rows, labels: fit.labels, validation: stop, parameters: training.boosting)
      for index in pairs.indices where fold[index] == k {
        probabilities[index] = model.probability(rows[index])
      }
      ensemble.append(model)
    }
    trees = ensemble
    let truth = labels.map { $0 == 1 }
    summary = FollowBackTrainingSummary(
      follows: graph.followCount, examples: pairs.count, sampled: share < 1,
      reciprocated: Int(labels.reduce(0, +)), trees: ensemble.map(\.treeCount).reduce(0, +),
      heldOut: pairs.count,
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
    Self.average(trees, row(follower: follower, followed: followed))
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

  /// The mean probability of an ensemble.
  private static func average(_ ensemble: [BoostedTrees], _ row: [Double]) -> Double {
    ensemble.reduce(0) { $0 + $1.probability(row) } / Double(max(ensemble.count, 1))
  }

  /// A uniform draw in [0, 1) fixed by a pair and a seed.
  private static func draw(_ key: UInt64, _ seed: UInt64) -> Double {
    var generator = SplitMix64(seed: key ^ (seed &* 0x9E37_79B9_7F4A_7C15))
    return generator.nextUnit()
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
