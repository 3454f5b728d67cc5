import FollowAnalysis
import FollowImport
import FollowModel
import FollowReports
import FollowStore
import FollowUseCases
import Foundation
import Logging

/// One run of the whole FollowGraph path on an edge list, phase by phase: parse, save, load,
/// analyse, write the CSV reports; plus the parse probes and the bare SQLite floor.
public struct BenchPipeline: Sendable {
  /// The edge list to import.
  public var edgeList: String
  /// A folder for the databases and report files of the run (replaced on each run).
  public var workFolder: String
  /// The network the follows are imported into.
  public var network = Network(rawValue: "bench")
  /// Where the store logs: the caller's; by default nowhere.
  public var logger = Logger(label: "followgraph.bench", factory: { _ in SwiftLogNoOpLogHandler() })

  /// The analyses measured on the loaded graph, in order.
  ///
  /// A new analysis (PageRank, once `FollowGraph` has it) is one more entry here.
  public static let analyses: [(name: String, run: @Sendable (FollowGraph) -> Double)] = [
    ("reciprocity, graph-wide", { graph in graph.reciprocity().edgeReciprocity ?? 0 }),
    (
      "reciprocity, per account",
      { graph in Double(graph.accountReciprocity().reduce(0) { $0 + $1.mutual }) }
    ),
    ("PageRank", { graph in Double(graph.pageRank().iterations) }),
  ]

  /// Creates a pipeline.
  ///
  /// - Parameters:
  ///   - edgeList: The edge list to import.
  ///   - workFolder: A folder for the run's files.
  public init(edgeList: String, workFolder: String) {
    self.edgeList = edgeList
    self.workFolder = workFolder
  }

  /// What one run measured and what it computed (so results can be checked).
  public struct Outcome: Sendable {
    /// The phases.
    public var times: PhaseTimes
    /// Distinct follows imported.
    public var follows: Int
    /// Accounts imported.
    public var accounts: Int
    /// Edge reciprocity of the imported graph.
    public var edgeReciprocity: Double
    /// Peak resident memory of the whole path (probes and floor excluded), in bytes.
    public var peakBytes: Int
  }

  /// Runs everything once.
  ///
  /// - Parameters:
  ///   - probes: Whether to run the parse probes and the floor too.
  ///   - path: Whether to run the whole path (off to time only the parse probes).
  /// - Returns: The outcome.
  /// - Throws: ``BenchError``, `ImportError` or `StoreError`.
  public func run(probes: Bool = true, path: Bool = true) throws -> Outcome {
    let files = FileManager.default
    try? files.removeItem(atPath: workFolder)
    do {
      try files.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
    } catch {
      throw BenchError.cannotWrite(path: workFolder, reason: error.localizedDescription)
    }
    var times = PhaseTimes()
    if probes { try measureProbes(&times) }
    guard path else {
      return Outcome(times: times, follows: 0, accounts: 0, edgeReciprocity: 0, peakBytes: 0)
    }
    ResourceUsage.resetPeak()
    let (graph, edge) = try measurePath(&times)
    let peak = ResourceUsage.peakResidentBytes()
    if probes { try measureFloor(&times) }
    return Outcome(
      times: times, follows: graph.followCount, accounts: graph.accountCount,
      edgeReciprocity: edge, peakBytes: peak)
  }

  private func measureProbes(_ times: inout PhaseTimes) throws {
    let path = edgeList
    let network = self.network
    _ = try times.measure("read the file (4 MiB reads)", .detail) { try ParseProbe.readBytes(path) }
    _ = try times.measure("SHA-256 of the file", .detail) { try ParseProbe.digest(path) }
    _ = try times.measure("split lines into id pairs", .detail) {
      var count = 0
      try ParseProbe.pairs(path) { _, _ in count += 1 }
      return count
    }
    let builder = try times.measure("split + intern ids (FollowTableBuilder)", .detail) {
      try ParseProbe.intern(path, network: network)
    }
    _ = times.measure("sort + dedupe follows (build)", .detail) { builder.build().table.count }
  }

  private func measurePath(_ times: inout PhaseTimes) throws -> (FollowGraph, Double) {
    let database = workFolder + "/followgraph.sqlite"
    let day = Date(timeIntervalSince1970: 1_700_000_000)
    let request = try times.measure("parse edge list (parse, intern, sort, SHA-256)", .importing) {
      let source = try ImportSource(path: edgeList)
      let batch = try EdgeListFormat.parse(source, context: ParseContext(network: network))
      return ImportRequest(
        batch: batch, sourcePath: edgeList, contentSHA256: source.contentDigest(),
        observedAt: day, startedAt: day)
    }
    let recorder = StepRecorder()
    let store = try times.measure("open database (create, migrate)", .importing) {
      try FollowDatabase.open(path: database, create: true, logger: logger, clock: { day })
    }
    let saveStart = recorder.now
    let cpuStart = ResourceUsage.cpuSeconds()
    _ = try store.save([request]) { recorder.record($0.step.rawValue) }
    let saveEnd = recorder.now
    let cpuEnd = ResourceUsage.cpuSeconds()
    times.record(
      "save (accounts, follows, index, commit)", .importing,
      seconds: (saveEnd - saveStart).seconds, cpuSeconds: cpuEnd - cpuStart)
    for (step, seconds, cpu) in recorder.durations(until: saveEnd, cpu: cpuEnd) {
      times.record("  save: \(step)", .detail, seconds: seconds, cpuSeconds: cpu)
    }
    let table = try times.measure("load follows from the database", .analysis) {
      try store.followTable(network: network)
    }
    let graph = times.measure("build graph (CSR)", .analysis) { FollowGraph(table) }
    var edge = 0.0
    for analysis in Self.analyses {
      let value = times.measure(analysis.name, .analysis) { analysis.run(graph) }
      if analysis.name == Self.analyses[0].name { edge = value }
    }
    try measureReports(&times, store: store, graph: graph, day: day)
    return (graph, edge)
  }

  private func measureReports(
    _ times: inout PhaseTimes, store: FollowDatabase, graph: FollowGraph, day: Date
  ) throws {
    let network = self.network
    let directory = try times.measure("load account records", .reports) {
      AccountDirectory(try store.accounts(network: network))
    }
    let summary = try times.measure("load database summary", .reports) { try store.summary() }
    let report = times.measure("compute report (per account, owners)", .reports) {
      NetworkAnalysis.report(graph: graph, directory: directory, owners: [])
    }
    let files = times.measure("render CSV and text files", .reports) {
      ReportBundle.render(ReportInput(asOf: day, summary: summary, networks: [report]))
    }
    try times.measure("write report files", .reports) {
      let folder = URL(fileURLWithPath: workFolder).appendingPathComponent("report")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for file in files {
        try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.name))
      }
    }
  }

  private func measureFloor(_ times: inout PhaseTimes) throws {
    // The same pairs the import stored: row ids are account indexes + 1, sorted.
    let source = try ImportSource(path: edgeList)
    let table = try EdgeListFormat.parse(source, context: ParseContext(network: network)).follows
    let followers = table.followers.map { Int64($0) + 1 }
    let followed = table.followed.map { Int64($0) + 1 }
    let path = workFolder + "/floor.sqlite"
    _ = try FollowDatabase.open(
      path: path, create: true, logger: logger, clock: { Date(timeIntervalSince1970: 0) })
    let timing = try SQLiteFloor.run(path: path, followers: followers, followed: followed)
    times.record(
      "floor: insert sorted pairs", .floor, seconds: timing.insert, cpuSeconds: timing.cpu.insert)
    times.record(
      "floor: create follow_by_followed", .floor, seconds: timing.index,
      cpuSeconds: timing.cpu.index)
    times.record("floor: commit", .floor, seconds: timing.commit, cpuSeconds: timing.cpu.commit)
  }
}
