import ArgumentParser
import FollowBench
import Foundation

/// `followgraph-bench`: generates Twitter-like edge lists and measures FollowGraph on them.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "followgraph-bench",
    abstract: "Generate benchmark graphs and measure import, analysis and reports.",
    discussion: """
      Build with `swift build -c release --product followgraph-bench`. Sizes: XS (2,000 \
      accounts / 30,000 follows), S (81,306 / 1,768,149, the size of SNAP ego-Twitter) and M \
      (1,000,000 / 20,000,000). Edge lists go to .bench/<size>.txt by default.
      """,
    subcommands: [Generate.self, Run.self, LikelyBenchCommand.self])
}

/// Options shared by both subcommands.
struct SizeOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The graph size: XS, S or M.", valueName: "size"))
  var size: String = "S"

  @Option(help: ArgumentHelp("The generator's seed.", valueName: "n"))
  var seed: UInt64 = 7

  @Option(
    help: ArgumentHelp("The edge list. Default: .bench/<size>-seed<seed>.txt", valueName: "path"))
  var edges: String?

  func validate() throws {
    guard BenchSize.named(size) != nil else {
      throw ValidationError("unknown size '\(size)'; use XS, S or M")
    }
  }

  var benchSize: BenchSize { BenchSize.named(size) ?? .small }

  var edgeList: String { edges ?? ".bench/\(benchSize.name)-seed\(seed).txt" }
}

/// `followgraph-bench generate`: writes an edge list.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a deterministic Twitter-like edge list (SNAP style).")

  @OptionGroup var options: SizeOptions

  @Flag(help: "Also print the graph's shape (reciprocity, largest in-degree).")
  var statistics = false

  func run() throws {
    let path = options.edgeList
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let graph = GraphGenerator(size: options.benchSize, seed: options.seed).generate()
    try graph.writeEdgeList(to: path)
    print("wrote \(path): \(graph.ids.count) accounts, \(graph.edges.count) follows")
    if statistics {
      let s = graph.statistics()
      print(
        "edge reciprocity \(s.edgeReciprocity), largest in-degree \(s.maxInDegree) "
          + "(\(100 * s.maxInDegree / max(1, s.accounts)) % of accounts; it follows "
          + "\(s.followsBackOfTop)), accounts without followers \(s.accountsWithoutFollowers)")
    }
  }
}

/// `followgraph-bench run`: measures every phase, several times, and prints medians.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure parse, save, load, analysis, reports and the bare SQLite floor.")

  @OptionGroup var options: SizeOptions

  @Option(help: ArgumentHelp("How many runs (the table shows medians).", valueName: "n"))
  var runs: Int = 3

  @Option(help: ArgumentHelp("Where the run's databases and reports go.", valueName: "dir"))
  var work: String = ".bench/work"

  @Flag(help: "Skip the parse probes and the floor (only the whole path).")
  var pathOnly = false

  @Flag(help: "Only the parse probes (read, SHA-256, split, intern, build), for profiling.")
  var probesOnly = false

  func validate() throws {
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    guard !(pathOnly && probesOnly) else {
      throw ValidationError("--path-only and --probes-only exclude each other")
    }
  }

  func run() throws {
    let path = options.edgeList
    guard FileManager.default.fileExists(atPath: path) else {
      throw ValidationError(
        "\(path) does not exist; run `followgraph-bench generate --size \(options.size)` first")
    }
    let pipeline = BenchPipeline(edgeList: path, workFolder: work)
    var outcomes: [BenchPipeline.Outcome] = []
    for index in 1...runs {
      let outcome = try pipeline.run(probes: !pathOnly, path: !probesOnly)
      FileHandle.standardError.write(
        Data(
          "run \(index)/\(runs): whole path \(String(format: "%.2f", outcome.times.total(.importing) + outcome.times.total(.analysis) + outcome.times.total(.reports))) s\n"
            .utf8))
      outcomes.append(outcome)
    }
    print(
      BenchReport.render(outcomes, title: "FollowGraph benchmark, size \(options.size), \(path)"))
  }
}
