import ArgumentParser
import FollowBench

/// `followgraph-bench likely`: training and scoring time and memory of the follow-back model.
struct LikelyBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "likely",
    abstract: "Measure the follow-back model: per-account figures, training, scoring, memory.")

  @OptionGroup var options: SizeOptions

  @Option(help: ArgumentHelp("How many follows to score after training.", valueName: "n"))
  var pairs: Int = 100_000

  func run() throws {
    let graph = GraphGenerator(size: options.benchSize, seed: options.seed).generate()
    let outcome = LikelyBench.measure(graph, scoredPairs: pairs)
    print(
      LikelyBench.render(
        outcome, title: "followgraph likely, size \(options.size), seed \(options.seed)"))
  }
}
