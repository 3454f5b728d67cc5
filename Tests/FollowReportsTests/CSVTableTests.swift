import FollowReports
import Testing

struct CSVTableTests {
  @Test func quotesAndNeutralisesTextCells() {
    let table = CSVTable(
      header: ["account", "value"],
      rows: [
        [.text("=HYPERLINK(\"x\")"), .double(0.5)],
        [.text("+1"), .double(nil)],
        [.text("-2"), .double(-0.25)],
        [.text("@handle"), .int(-3)],
        [.text("a,b"), .empty],
        [.text("multi\nline"), .double(1)],
        [.text("\tTab"), .double(0.1 + 0.2)],
      ])
    #expect(
      table.render() == """
        account,value
        "'=HYPERLINK(""x"")",0.5
        '+1,
        '-2,-0.25
        '@handle,-3
        "a,b",
        "multi
        line",1.0
        '\tTab,0.30000000000000004

        """)
  }

  @Test func carriageReturnsAndNonASCIIText() {
    // "\r\n" is one Character in Swift: it must still count as a line break.
    let table = CSVTable(
      header: ["a"], rows: [[.text("one\r\ntwo")], [.text("x\ry")], [.text("é,ü")], [.text("日本")]])
    #expect(table.render() == "a\n\"one\r\ntwo\"\n\"x\ry\"\n\"é,ü\"\n日本\n")
    #expect(CSVTable.neutralise("\rx") == "'\rx")
    #expect(CSVTable.neutralise("ok") == "ok")
    #expect(CSVTable.neutralise("") == "")
  }

  @Test func floatsRoundTrip() {
    for value in [0.1, 1.0 / 3.0, 0.029411764705882353, 1e-300, 123_456_789.123] {
      #expect(Double(NumberText.roundTrip(value)) == value)
    }
  }

  @Test func fixedAndPercentText() {
    #expect(NumberText.percent(0.2237288) == "22.37 %")
    #expect(NumberText.percent(nil) == "n/a")
    #expect(NumberText.fixed(0.0000004, decimals: 6) == "0.000000")
    #expect(NumberText.fixed(-0.5, decimals: 2) == "-0.50")
    #expect(NumberText.fixed(2.0, decimals: 0) == "2")
    #expect(NumberText.grouped(13_188) == "13,188")
  }
}
