import FollowAnalysis
import FollowModel
import Foundation

/// The part of the HTML report about one network: its owners, its graph, its topics.
struct NetworkSection {
  let report: NetworkReport
  let index: Int
  let sections: ReportSections
  let options: HTMLReportOptions

  var famous: FamousSection? { sections.famous(in: report.network) }

  /// The fragment identifier of a network's section.
  static func anchor(_ network: Network, _ index: Int) -> String {
    HTMLBlocks.anchor("network", String(index), network.rawValue)
  }

  /// A chart id unique within the page.
  func chartID(_ parts: String...) -> String {
    HTMLBlocks.anchor(["chart", String(index)] + parts)
  }

  func render() -> Markup {
    let g = report.graph
    var parts: [Markup] = [
      .element("h2", text: "Network \(report.network)"),
      HTMLBlocks.cards([
        ("accounts in the graph", NumberText.grouped(g.accounts)),
        ("follows", NumberText.grouped(g.follows)),
        ("mutual pairs", NumberText.grouped(g.mutualPairs)),
        ("edge reciprocity", NumberText.percent(g.edgeReciprocity)),
        ("pair reciprocity", NumberText.percent(g.pairReciprocity)),
      ]),
    ]
    if report.owners.isEmpty {
      parts.append(
        HTMLBlocks.note(
          "No import in this network names its owner (edge lists do not), so there is no "
            + "follow-back etiquette section; 'followgraph reciprocity --account …' shows one "
            + "account's figures."))
    }
    for (ownerIndex, owner) in report.owners.enumerated() {
      parts.append(ownerSection(owner, ownerIndex: ownerIndex))
    }
    parts.append(reciprocitySection())
    parts.append(distributionSection())
    parts.append(scatterSection())
    parts.append(topicSection())
    return .element(
      "section", ["id": Self.anchor(report.network, index)],
      parts.flatMap { [$0, .newline] })
  }
}

extension HTMLBlocks {
  /// ``anchor(_:)`` over an array of parts.
  static func anchor(_ parts: [String]) -> String {
    var out = ""
    for byte in parts.joined(separator: "-").utf8 {
      switch byte {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D:
        out.unicodeScalars.append(UnicodeScalar(byte))
      default: out += "_" + String(byte, radix: 16)
      }
    }
    return out
  }
}
