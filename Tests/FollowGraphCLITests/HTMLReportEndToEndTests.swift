import FollowTestSupport
import Foundation
import Testing

/// The built binary imports the hostile archive and writes index.html with its data as text.
struct HTMLReportEndToEndTests {
  @Test func hostileHandlesAreEscapedInTheWrittenPage() throws {
    let folder = try ReportFormatTests.importedFolder()
    let result = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("r"), "--format", "html",
        "--as-of", "2024-01-01",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOfFile: folder.path("r/index.html"), encoding: .utf8)
    #expect(html.contains("@tom&amp;jerry"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("@fan&quot;&gt;&lt;svg onload=alert(3)&gt;"))
    #expect(!html.contains("<img") && !html.contains("<script") && !html.contains("<svg onload"))
    #expect(html.contains("As of 2024-01-01 (UTC)."))
  }
}
