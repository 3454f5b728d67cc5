import FollowReports
import Testing

/// `Markup`: the one escaping function and the element builder every HTML and SVG byte goes
/// through.
struct MarkupTests {
  @Test func escapeNeutralisesEveryMarkupCharacter() {
    #expect(
      Markup.escape("<a href=\"x\" title='y'>&amp;</a>")
        == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
  }

  @Test func escapeReplacesCharactersXMLForbids() {
    // NUL, a bell and DEL would make the page malformed XML; tab, LF and CR are allowed.
    #expect(Markup.escape("a\u{0}b\u{7}c\u{7F}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
    #expect(Markup.escape("x\ty\nz\r") == "x\ty\nz\r")
    #expect(Markup.escape("ρ — 日本 🎉") == "ρ — 日本 🎉")
  }

  @Test func textAndAttributesAreEscaped() {
    let markup = Markup.element(
      "td", ["title": "\"><script>alert(1)</script>", "class": nil], text: "<b>&</b>")
    #expect(
      markup.rendered
        == "<td title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;b&gt;&amp;&lt;/b&gt;</td>"
    )
  }

  @Test func emptyElementsAreClosedTheWayHTMLAndXMLBothRead() {
    #expect(Markup.element("meta", ["charset": "utf-8"]).rendered == "<meta charset=\"utf-8\"/>")
    #expect(Markup.element("td").rendered == "<td></td>")
    #expect(Markup.element("circle", ["r": "2"], selfClosing: true).rendered == "<circle r=\"2\"/>")
  }

  @Test func joiningKeepsOrder() {
    let joined = Markup.join([Markup(text: "a<"), Markup(trusted: "<br/>"), Markup(text: "b")])
    #expect(joined.rendered == "a&lt;<br/>b")
    #expect(Markup.empty.isEmpty)
  }
}
