import FollowImport
import Testing

struct CSVTokenizerTests {
  /// Tokenizes `text`, feeding it in chunks of `chunk` bytes.
  private func records(_ text: String, chunk: Int) throws -> [[String]] {
    var tokenizer = CSVTokenizer(path: "test.csv")
    var out: [[String]] = []
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      try bytes[start..<end].withUnsafeBytes { buffer in
        try tokenizer.feed(buffer) { out.append(try $0.strings()) }
      }
      start = end
    }
    try tokenizer.finish { out.append(try $0.strings()) }
    return out
  }

  @Test(arguments: [1, 2, 3, 7, 1000])
  func rfc4180Cases(chunk: Int) throws {
    let text = "a,b,c\r\n\"x,y\",\"he said \"\"hi\"\"\",\"multi\nline\"\n,,\nlast,no newline"
    #expect(
      try records(text, chunk: chunk) == [
        ["a", "b", "c"], ["x,y", "he said \"hi\"", "multi\nline"], ["", "", ""],
        ["last", "no newline"],
      ])
  }

  @Test func lineNumbersPointAtTheStartOfEachRecord() throws {
    var tokenizer = CSVTokenizer(path: "t.csv")
    var lines: [Int] = []
    let text = "h\n\"a\nb\"\nc\n"
    try Array(text.utf8).withUnsafeBytes { buffer in
      try tokenizer.feed(buffer) { lines.append($0.line) }
    }
    #expect(lines == [1, 2, 4])
  }

  @Test func unclosedQuoteIsAnErrorNamingTheLine() {
    #expect(
      throws: ImportError.malformed(
        path: "test.csv", location: "line 2",
        reason: "a quoted field is never closed before the end of the file")
    ) {
      _ = try records("a,b\n\"open,x\ny\n", chunk: 4)
    }
  }

  @Test func textAfterAClosingQuoteIsAnError() {
    #expect(throws: ImportError.self) { _ = try records("\"a\"b,c\n", chunk: 100) }
  }

  @Test func overLongRecordHitsTheCap() {
    var tokenizer = CSVTokenizer(path: "t.csv", maxRecordBytes: 4)
    #expect(throws: ImportError.self) {
      try Array("abcdefgh\n".utf8).withUnsafeBytes { buffer in try tokenizer.feed(buffer) { _ in } }
    }
  }
}
