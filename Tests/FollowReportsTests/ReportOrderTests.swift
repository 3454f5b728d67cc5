import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

/// `summary.txt` and `index.html` open with the answers: each owner's headline, then the
/// owners' networks, then whole graphs, with what the database holds last.
struct ReportOrderTests {
  /// The fixture's owner network `x` and a whole graph `circle`, which sorts before it by name.
  static func input() throws -> ReportInput {
    var input = try ReportFixture().input
    var builder = FollowTableBuilder(network: Network(rawValue: "circle"))
    for (a, b) in [("a", "b"), ("b", "a"), ("c", "a")] { builder.add(follower: a, followed: b) }
    let circle = NetworkAnalysis.report(
      graph: FollowGraph(builder.build().table), directory: AccountDirectory([]), owners: [])
    input.networks.insert(circle, at: 0)
    return input
  }

  /// The offset of `needle` in `text`, or `nil`.
  static func offset(of needle: String, in text: String) -> Int? {
    text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
  }

  @Test func theSummaryOpensWithTheAnswersAndEndsWithTheInventory() throws {
    let text = try #require(ReportBundle.render(Self.input()).first { $0.name == "summary.txt" })
      .contents
    let marks = [
      "== @ben&jerry (x:1000), network x ==", "== Network x ==",
      "== Network circle (whole graph) ==", "== What the database holds ==", "\nFiles\n",
    ].map { Self.offset(of: $0, in: text) }
    #expect(marks.allSatisfy { $0 != nil }, "\(marks)")
    let found = marks.compactMap { $0 }
    #expect(found == found.sorted())
    // The headline is the first thing after the title.
    #expect(text.hasPrefix("FollowGraph report, as of 2024-01-01\n\n== @ben&jerry (x:1000)"))
  }

  @Test func thePageOpensWithTheAnswersAndKeepsEachNetworksAnchor() throws {
    let input = try Self.input()
    let html = HTMLReport.render(input)
    // circle keeps index 0 in its anchor although it now comes after x.
    let marks = [
      "<section id=\"answers\">", "<section id=\"network-1-x\">",
      "<section id=\"network-0-circle\">", "<section id=\"database\">",
      "<section id=\"definitions\">",
    ].map { Self.offset(of: $0, in: html) }
    #expect(marks.allSatisfy { $0 != nil }, "\(marks)")
    let found = marks.compactMap { $0 }
    #expect(found == found.sorted())
    #expect(html.contains("<a href=\"#network-0-circle\">Network circle (whole graph)</a>"))
    // The headline links to its owner's network.
    #expect(html.contains("<a href=\"#network-1-x\">Network x</a>."))
  }

  @Test func withoutAnExportOwnerTheReportSaysSoFirst() {
    let input = ReportInput(
      asOf: ReportFixture.asOf, summary: DatabaseSummary(networks: [], owners: [], imports: []),
      networks: [])
    let text = ReportBundle.render(input).first { $0.name == "summary.txt" }?.contents ?? ""
    #expect(
      text.hasPrefix(
        "FollowGraph report, as of 2024-01-01\n\nNo imported export names its owner, so there "
          + "is no follow-back answer"))
    #expect(HTMLReport.render(input).contains("No imported export names its owner"))
  }
}
