import FollowTestSupport
import Foundation
import Testing

/// Ids and handles from a hostile export never reach the terminal as control sequences.
struct HostileTextOutputTests {
  @Test func textOutputEscapesControlCharactersFromTheData() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    let edges = try folder.write(
      "bob evil\u{1B}[2J\u{1B}[31mred\nbob carol\ncarol bob\nbob rtl\u{202E}txt.exe\n",
      to: "edges.txt")
    #expect(try CommandRunner.run(["import", "--quiet", "--db", db, edges]).status == 0)
    let result = try CommandRunner.run([
      "reciprocity", "--db", db, "--account", "bob", "--format", "text",
    ])
    #expect(result.status == 0)
    // The ids are listed (as unknown-audience non-reciprocators) with their controls escaped.
    #expect(result.stdout.contains("  generic:evil\\u{1B}[2J\\u{1B}[31mred  "))
    #expect(result.stdout.contains("  generic:rtl\\u{202E}txt.exe  "))
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
  }
}
