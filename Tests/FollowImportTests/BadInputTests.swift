import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// Malformed input gets a clear error naming the file and, where known, the line or record.
struct BadInputTests {
  private func error(_ relative: String) -> ImportError? {
    do {
      _ = try Fixture.parse(relative)
      return nil
    } catch let error as ImportError {
      return error
    } catch {
      Issue.record("unexpected error type: \(error)")
      return nil
    }
  }

  private func message(_ relative: String) -> String {
    error(relative)?.errorDescription ?? "<no error>"
  }

  @Test func truncatedJSON() {
    let text = message("malformed/truncated")
    #expect(text.contains("data/account.js"))
    #expect(text.contains("not valid JSON"))
  }

  @Test func jsFileWithoutTheAssignmentPrefix() {
    let text = message("malformed/noprefix")
    #expect(
      text.contains(
        "data/account.js: line 1: expected the archive's 'window.YTD.<name>.partN = ' prefix"))
  }

  @Test func invalidUTF8InAnArchiveFile() {
    let text = message("malformed/invalid-utf8")
    #expect(text.contains("account.js: line 4: invalid UTF-8 at byte"))
  }

  @Test func invalidUTF8InAnEdgeList() {
    #expect(
      message("malformed/invalid-utf8-edges.txt").hasSuffix(
        "line 2: follower id is not valid UTF-8"))
  }

  @Test func aZipThatIsNotAZip() {
    let text = message("malformed/not-a-zip.zip")
    #expect(text.contains("not-a-zip.zip: not a readable zip archive"))
  }

  @Test func anEmptyFileCannotBeDetected() {
    guard case .unknownFormat(_, let hint)? = error("malformed/empty.txt") else {
      Issue.record("expected unknownFormat")
      return
    }
    #expect(hint == "the file is empty")
  }

  @Test func anEmptyFileGivenAsEdgeList() {
    #expect(
      throws: ImportError.malformed(
        path: Fixture.path("malformed/empty.txt"), location: nil, reason: "the file is empty")
    ) {
      _ = try Fixture.parse("malformed/empty.txt", format: EdgeListFormat.self)
    }
  }

  @Test func edgeListWithOneColumn() {
    #expect(
      throws: ImportError.malformed(
        path: Fixture.path("malformed/one-column.txt"), location: "line 1",
        reason: "expected two columns 'follower followed', found one")
    ) {
      _ = try Fixture.parse("malformed/one-column.txt", format: EdgeListFormat.self)
    }
  }

  @Test func csvWithAnUnknownHeader() {
    let text = message2("malformed/unknown-header.csv")
    #expect(
      text.contains("line 1: CSV header from_user,to_user names no follower and followed columns"))
  }

  private func message2(_ relative: String) -> String {
    do {
      _ = try Fixture.parse(relative, format: EdgeListFormat.self)
      return "<no error>"
    } catch {
      return (error as? ImportError)?.errorDescription ?? "\(error)"
    }
  }

  @Test func csvWithAnUnclosedQuote() {
    #expect(
      message2("malformed/unclosed-quote.csv").hasSuffix(
        "line 3: a quoted field is never closed before the end of the file"))
  }

  @Test func aPathThatDoesNotExist() {
    #expect(throws: ImportError.fileNotFound(path: "/nonexistent/export.zip")) {
      _ = try ImportSource(path: "/nonexistent/export.zip")
    }
  }

  @Test func unknownFormatName() {
    #expect(throws: ImportError.self) { _ = try ExportFormats.named("myspace") }
  }

  @Test func anArchiveWithoutAccountJSNeedsAnOwner() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "window.YTD.following.part0 = [ { \"following\" : { \"accountId\" : \"5\" } } ]",
      to: "data/following.js")
    #expect(throws: ImportError.self) {
      _ = try TwitterArchiveFormat.parse(
        ImportSource(path: folder.url.path), context: ParseContext())
    }
    let batch = try TwitterArchiveFormat.parse(
      ImportSource(path: folder.url.path),
      context: ParseContext(owner: try AccountSelector(parsing: "x:99")))
    #expect(batch.owner?.account.id.value == "99")
    #expect(batch.follows.count == 1)
  }
}
