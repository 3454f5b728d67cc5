import FollowTestSupport
import Foundation
import Testing

/// The `--max-*` options reach the parsers that arrived after the first hardening pass: the
/// run fails with one line naming the cap and its option, and nothing is saved.
struct ImportLimitOptionsTests {
  static let fixtures = "Tests/FollowImportTests/Fixtures"

  @Test(
    arguments: [
      (
        ["--max-jsonl-line-length", "200"], "malformed/twarc2-long-first-line.jsonl",
        "JSONL line length limit at line 1 exceeded (more than 200 bytes); raise it with "
          + "--max-jsonl-line-length if the file is genuine"
      ),
      (
        ["--max-cbor-depth", "3"], "fediverse/repo.car",
        "exceeded (deeper than 3); raise it with --max-cbor-depth if the file is genuine"
      ),
      (
        ["--max-cbor-length", "16"], "fediverse/repo-v2.car",
        "CBOR item length limit at CAR header byte 10 exceeded (37 > 16); raise it with "
          + "--max-cbor-length if the file is genuine"
      ),
      (
        ["--max-json-depth", "1"], "fediverse/bluesky-profiles.json",
        "JSON nesting depth limit at line 1 exceeded (deeper than 1); raise it with "
          + "--max-json-depth if the file is genuine"
      ),
      (
        ["--max-records", "2"], "fediverse/following_accounts.csv",
        "record limit exceeded (more than 2 rows); raise it with --max-records if the file "
          + "is genuine"
      ),
    ] as [([String], String, String)])
  func aCapStopsTheImportNamingItsOption(options: [String], fixture: String, message: String)
    throws
  {
    let folder = try TemporaryFolder()
    let db = folder.path("capped.sqlite")
    let path = "\(Self.fixtures)/\(fixture)"
    let result = try CommandRunner.run(
      ["import", "--db", db, "--owner", "me@example.social"] + options + [path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("\(path): "), "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func theJSONLLineCapMustBePositive() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run([
      "import", "--db", folder.path("x.sqlite"), "--max-jsonl-line-length", "0",
      "\(Self.fixtures)/twarc2/users_2021.jsonl",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("limits must be positive"))
  }
}
