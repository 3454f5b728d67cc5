import FollowModel
import FollowReports
import Foundation
import Testing

/// Text from imported data never becomes markup: a post with `<script>`, a display name with
/// `"><img onerror=…>` and handles with `&` and `<svg onload=…>`, imported through the real
/// import path, appear in the page only as text.
struct HTMLEscapingTests {
  /// The elements the report itself writes; anything else would have come from data.
  static let allowedElements: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "header", "nav", "ul", "li", "a", "h1", "h2",
    "h3", "h4", "p", "section", "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
    "figure", "figcaption", "dl", "dt", "dd", "footer", "svg", "desc", "rect", "text", "g", "line",
    "polyline", "circle", "path",
  ]

  @Test func hostileDataIsShownAsTextOnly() throws {
    // Given the hostile archive imported into a database, and its post listed as off-theme
    let fixture = try ReportFixture()
    // When the whole report is rendered
    let html = fixture.htmlWithAllSections
    // Then the page parses, and holds no element or attribute that the report did not write
    let outline = XMLOutline(html)
    #expect(outline.problem == nil, "\(outline.problem ?? "")")
    let names = Set(outline.elements.map(\.name))
    #expect(
      names.subtracting(Self.allowedElements).isEmpty,
      "unexpected: \(names.subtracting(Self.allowedElements))")
    let handlers = outline.elements.flatMap { $0.attributes.keys }.filter {
      $0.lowercased().hasPrefix("on")
    }
    #expect(handlers.isEmpty)
    let links = outline.all("a").compactMap { $0.attributes["href"] }
    #expect(links.allSatisfy { $0.hasPrefix("#") })
    // And the hostile strings are there, verbatim, as text
    for text in [
      "<script>alert(\"x\")</script> & \"><img src=x onerror=alert(2)> @tom&jerry",
      "\"><img src=x onerror=alert(1)>", "@tom&jerry", "<b>Tom</b>", "@ben&jerry",
      "@fan\"><svg onload=alert(3)>",
    ] {
      #expect(outline.text.contains(text), "missing text: \(text)")
    }
    // And no raw markup from data survives in the serialised page
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<svg onload"))
    #expect(!html.contains("<b>Tom"))
  }

  @Test func thePageForbidsScriptsAndFetches() throws {
    let html = HTMLReport.render(try ReportFixture().input)
    let outline = XMLOutline(html)
    let csp = outline.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }
    #expect(csp?.attributes["content"]?.hasPrefix("default-src 'none'") == true)
    let withoutNamespaces = html.replacingOccurrences(of: "http://www.w3.org/1999/xhtml", with: "")
      .replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
    #expect(!withoutNamespaces.contains("http://") && !withoutNamespaces.contains("https://"))
    #expect(!html.contains("src=\""))
  }
}
