import ArgumentParser
import FollowModel
import FollowReports
import FollowUseCases
import Foundation

/// `followgraph export`: a network's graph with account attributes, for graph tools.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a network's graph with account attributes for graph tools (Gephi, networkx).",
    discussion: """
      Formats: graphml (GraphML 1.0: networkx read_graphml, igraph, Gephi, Cytoscape), gexf \
      (GEXF 1.3, Gephi's own) and edge-csv (follower,followed native ids, which \
      `followgraph import` reads back). Node attributes: \
      \(GraphExport.attributes.map(\.name).joined(separator: ", ")). Undefined values are \
      left out, not written as 0. The file is written whole or not at all (a temporary file, \
      then a rename); --out - writes to standard output.
      """)

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var progress: ProgressOptions

  @Option(
    help: ArgumentHelp(
      "The network to export. Default: the owner's network or the only network.",
      valueName: "name"))
  var network: String?

  @Option(help: "File format: graphml, gexf or edge-csv.")
  var format: GraphFileFormat

  @Option(help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
  var out: String

  @OptionGroup var fame: FameOptions
  @OptionGroup var pageRank: PageRankOptions

  func validate() throws {
    if let network, !Network.isValidName(network) {
      throw ValidationError("'\(network)' is not a network name (letters, digits, '-', '_', '.')")
    }
    if out != "-", out.hasSuffix("/") || out.isEmpty {
      throw ValidationError("--out names a file, not a folder: '\(out)'")
    }
  }

  func run() throws {
    let bar = progress.makeBar()
    let file = try GraphExport.graphFile(
      store: try database.openStore(create: false), network: network.map(Network.init(rawValue:)),
      fame: try fame.settings(damping: pageRank.damping), progress: bar)
    bar.phase("writing \(format.rawValue)")
    let text = file.render(format)
    bar.finish()
    guard out != "-" else { return Output.standardOutput(text) }
    let url = URL(fileURLWithPath: out)
    try Output.writeAtomically(
      text, name: url.lastPathComponent, in: url.deletingLastPathComponent())
  }
}

extension GraphFileFormat: ExpressibleByArgument {}
