import FollowModel
import FollowReports
import Foundation
import Testing

/// The page is well-formed XML, every chart carries a text alternative, and ids are unique.
struct HTMLStructureTests {
  @Test(arguments: [false, true])
  func pageIsWellFormedAndEveryChartIsLabelled(allSections: Bool) throws {
    let fixture = try ReportFixture()
    let html = allSections ? fixture.htmlWithAllSections : HTMLReport.render(fixture.input)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
    let outline = XMLOutline(html)
    try #require(outline.problem == nil, "\(outline.problem ?? "")")

    let svgs = outline.all("svg")
    // Etiquette counts and rates, activity, reciprocity, CCDF, scatter; then changes, topic
    // shares and drift.
    #expect(svgs.count == (allSections ? 9 : 6))
    let ids = outline.elements.compactMap { $0.attributes["id"] }
    #expect(Set(ids).count == ids.count, "duplicate ids")
    for svg in svgs {
      // Every chart opens with <title> and <desc>, and names both as its accessible label.
      #expect(Array(svg.children.prefix(2)) == ["title", "desc"])
      let labelled = try #require(svg.attributes["aria-labelledby"]).split(separator: " ")
      #expect(labelled.allSatisfy { ids.contains(String($0)) })
    }
    let titles = outline.all("title").map(\.text)
    #expect(titles.allSatisfy { !$0.isEmpty })
    #expect(outline.all("script").isEmpty)
    // Every in-page link points at a section that exists.
    for href in outline.all("a").compactMap({ $0.attributes["href"] }) {
      #expect(ids.contains(String(href.dropFirst())), "dangling link \(href)")
    }
  }

  @Test func thePageIsReadableOnAPhoneAndInPrint() throws {
    let html = HTMLReport.render(try ReportFixture().input)
    let outline = XMLOutline(html)
    let viewport = outline.all("meta").first { $0.attributes["name"] == "viewport" }
    #expect(viewport?.attributes["content"] == "width=device-width, initial-scale=1")
    let css = try #require(outline.all("style").first?.text)
    #expect(css.contains("@media print"))
    #expect(css.contains("@media (max-width: 40rem)"))
    #expect(css.contains("svg.chart { display: block; width: 100%"))
    #expect(css.contains(".table-wrap { overflow-x: auto"))
  }

  @Test func anEmptyDatabaseStillGivesAValidPage() throws {
    let html = HTMLReport.render(
      ReportInput(
        asOf: ReportFixture.asOf, summary: .init(networks: [], owners: [], imports: []),
        networks: []))
    let outline = XMLOutline(html)
    #expect(outline.problem == nil)
    #expect(outline.text.contains("The database is empty"))
  }
}

/// The committed sample report (`Reports/index.html`, made from `SampleData/` by
/// `Scripts/run-sample.sh`) passes the same structural checks as the fixtures.
struct SampleHTMLStructureTests {
  @Test func committedSampleReportIsWellFormedWithLabelledCharts() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Reports/index.html")
    let html = try String(contentsOf: url, encoding: .utf8)
    let outline = XMLOutline(html)
    try #require(outline.problem == nil, "\(outline.problem ?? "")")
    let svgs = outline.all("svg")
    // Both sample networks: reciprocity, degree CCDF and scatter each; the owner's etiquette,
    // rates and activity; the topic shares and the monthly drift.
    #expect(svgs.count >= 11)
    for svg in svgs {
      #expect(Array(svg.children.prefix(2)) == ["title", "desc"])
    }
    #expect(outline.all("script").isEmpty)
    // Self-contained: nothing is loaded from anywhere.
    #expect(outline.elements.allSatisfy { $0.attributes["src"] == nil })
    #expect(outline.all("link").isEmpty)
    let titles = Set(outline.all("title").map(\.text))
    for expected in [
      "Followers vs following, web famous highlighted", "On-theme share of posts per account",
      "Monthly on-theme share",
    ] {
      #expect(titles.contains(expected), "missing chart \(expected)")
    }
  }
}
