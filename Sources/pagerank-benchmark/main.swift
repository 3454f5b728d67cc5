// pagerank-benchmark: times PageRank on edge lists and on a seeded synthetic graph.
//
//   swift run -c release pagerank-benchmark [--runs N] [--synthetic FOLLOWS] [--seed S]
//       [--write-synthetic PATH] [EDGE_FILE ...]
//
// Prints accounts, follows, iterations and the best wall time of N runs for each graph.
// Edge files are whitespace `follower followed` lines (# comments) or CSV with a header.
import FollowAnalysis
import FollowModel
import Foundation

var runs = 3
var syntheticFollows = 0
var seed: UInt64 = 2010
var writePath: String?
var files: [String] = []
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
  switch argument {
  case "--runs": runs = Int(arguments.next() ?? "") ?? runs
  case "--synthetic": syntheticFollows = Int(arguments.next() ?? "") ?? 0
  case "--seed": seed = UInt64(arguments.next() ?? "") ?? seed
  case "--write-synthetic": writePath = arguments.next()
  default: files.append(argument)
  }
}

/// Reads an edge list into a follow table.
func readEdges(_ path: String) throws -> FollowTable {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var builder = FollowTableBuilder(network: .generic)
  var header = true
  for line in text.split(whereSeparator: \.isNewline) {
    if line.hasPrefix("#") || line.hasPrefix("%") { continue }
    let isCSV = line.contains(",")
    if isCSV && header {
      header = false
      continue
    }
    let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    guard parts.count >= 2 else { continue }
    builder.add(follower: parts[0], followed: parts[1])
  }
  return builder.build().table
}

/// Times PageRank on `table` and prints one line.
func measure(_ name: String, _ table: FollowTable, runs: Int) {
  let graph = FollowGraph(table)
  var best = Double.infinity
  var result: PageRankResult?
  for _ in 0..<max(runs, 1) {
    let start = DispatchTime.now().uptimeNanoseconds
    result = graph.pageRank()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    best = min(best, seconds)
  }
  guard let result else { return }
  print(
    "\(name): \(graph.accountCount) accounts, \(graph.followCount) follows, "
      + "\(result.iterations) iterations (converged: \(result.converged)), "
      + String(
        format: "best of %d runs %.4f s, %.3f ms per iteration", runs, best,
        best * 1000 / Double(result.iterations)))
}

do {
  for file in files {
    measure(
      URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent,
      try readEdges(file), runs: runs)
  }
  if syntheticFollows > 0 {
    let edges = SyntheticGraph.follows(
      accounts: max(syntheticFollows / 18, 2), follows: syntheticFollows, seed: seed)
    if let writePath {
      var out = "# synthetic follow graph, seed \(seed)\n"
      out.reserveCapacity(edges.count * 14)
      for (from, to) in edges { out += "\(from) \(to)\n" }
      try out.write(toFile: writePath, atomically: true, encoding: .utf8)
    }
    measure("synthetic seed \(seed)", SyntheticGraph.table(edges), runs: runs)
  }
} catch {
  FileHandle.standardError.write(Data("pagerank-benchmark: \(error)\n".utf8))
  exit(1)
}
