import FollowAnalysis
import FollowModel
import Foundation

/// Time and peak memory of the follow-back model (`followgraph likely`) on a generated graph:
/// per-account figures, training, and scoring every account an owner follows.
public enum LikelyBench {
  /// What one measurement found.
  public struct Outcome: Sendable {
    /// Follows in the graph.
    public var follows: Int
    /// Examples trained on (a uniform sample beyond the cap).
    public var examples: Int
    /// Seconds for the graph's per-account figures (degrees, mutual counts, PageRank).
    public var contextSeconds: Double
    /// Seconds to build the examples' features and train the trees.
    public var trainingSeconds: Double
    /// CPU seconds of the same (on a shared machine, closer to the unloaded time).
    public var trainingCPUSeconds: Double
    /// Pairs scored.
    public var scoredPairs: Int
    /// Seconds to score them.
    public var scoringSeconds: Double
    /// CPU seconds of the same.
    public var scoringCPUSeconds: Double
    /// Held-out Brier score.
    public var brier: Double?
    /// Peak resident memory of the measurement, graph included, in bytes.
    public var peakBytes: Int
  }

  /// Builds the graph in memory (no SQLite) and measures the model on it.
  ///
  /// - Parameters:
  ///   - graph: The generated graph.
  ///   - scoredPairs: How many follows to score after training.
  /// - Returns: The measurement.
  /// - Complexity: that of training (``FollowBackModel``) plus O(*m*) to build the graph.
  public static func measure(_ generated: GeneratedGraph, scoredPairs: Int = 100_000)
    -> Outcome
  {
    ResourceUsage.resetPeak()
    let table = FollowTable(
      network: Network(rawValue: "bench"), accountIDs: generated.ids.map(String.init),
      followers: generated.edges.map { UInt32($0 >> 32) },
      followed: generated.edges.map { UInt32($0 & 0xFFFF_FFFF) })
    let graph = FollowGraph(table)
    let clock = ContinuousClock()
    var start = clock.now
    let context = FollowBackContext(graph: graph)
    let contextSeconds = seconds(clock.now - start)
    start = clock.now
    var cpu = ResourceUsage.cpuSeconds()
    let model = FollowBackModel(context: context)
    let trainingSeconds = seconds(clock.now - start)
    let trainingCPUSeconds = ResourceUsage.cpuSeconds() - cpu
    var random = SplitMix64(seed: 99)
    let pairs = (0..<min(scoredPairs, generated.edges.count)).map { _ in
      generated.edges[Int(random.next() % UInt64(generated.edges.count))]
    }
    start = clock.now
    cpu = ResourceUsage.cpuSeconds()
    var total = 0.0
    for pair in pairs {
      total += model.probability(follower: Int(pair >> 32), followed: Int(pair & 0xFFFF_FFFF))
    }
    let scoringSeconds = seconds(clock.now - start)
    let scoringCPUSeconds = ResourceUsage.cpuSeconds() - cpu
    precondition(total.isFinite)
    return Outcome(
      follows: graph.followCount, examples: model.summary.examples,
      contextSeconds: contextSeconds, trainingSeconds: trainingSeconds,
      trainingCPUSeconds: trainingCPUSeconds, scoredPairs: pairs.count,
      scoringSeconds: scoringSeconds, scoringCPUSeconds: scoringCPUSeconds,
      brier: model.summary.brier,
      peakBytes: ResourceUsage.peakResidentBytes())
  }

  /// The outcome as a few lines of text.
  ///
  /// - Parameters:
  ///   - outcome: The measurement.
  ///   - title: The first line.
  /// - Returns: The text.
  public static func render(_ outcome: Outcome, title: String) -> String {
    func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
    let perPair = outcome.scoringSeconds / Double(max(outcome.scoredPairs, 1)) * 1e6
    return """
      \(title)
      follows \(outcome.follows), trained on \(outcome.examples) \
      (\(outcome.examples < outcome.follows ? "uniform sample" : "all follows"))
      per-account figures (degrees, mutual counts, PageRank)  \(fixed(outcome.contextSeconds)) s
      features + training (5 cross-fitted tree models)        \(fixed(outcome.trainingSeconds)) s \
      (CPU \(fixed(outcome.trainingCPUSeconds)) s)
      scoring \(outcome.scoredPairs) pairs                              \(fixed(outcome.scoringSeconds)) s \
      (CPU \(fixed(outcome.scoringCPUSeconds)) s, \(fixed(perPair)) µs per pair wall)
      held-out Brier \(outcome.brier.map { String(format: "%.4f", $0) } ?? "n/a")
      peak memory (graph + model)                             \(outcome.peakBytes / 1_048_576) MiB

      """
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}
