import FollowTestSupport
import Foundation
import Testing

struct ImportCommandTests {
  @Test func importsTheSampleArchiveAndPrintsASummary() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("me.sqlite")
    let result = try CommandRunner.run(["import", "--db", db, "SampleData/twitter-archive"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("twitter-archive (detected), network x, owner @mayalin_mktg"))
    #expect(result.stdout.contains("follows         761 in export, 761 new"))
    #expect(result.stdout.contains("posts           366 in export (45 of them reposts), 366 new"))
    #expect(result.stderr.isEmpty)
    // Importing the same export again changes nothing.
    let again = try CommandRunner.run(["import", "--db", db, "SampleData/twitter-archive"])
    #expect(again.status == 0)
    #expect(again.stdout.contains("already imported as import #1; nothing changed"))
  }

  @Test func badInputExitsNonZeroAndLeavesTheDatabaseAsItWas() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("me.sqlite")
    #expect(
      try CommandRunner.run(["import", "--db", db, "SampleData/edges/marketing-circle.txt"]).status
        == 0)
    let before = try CommandRunner.run(["summary", "--db", db, "--format", "json"])
    let bad = try folder.write("alice bob\ncarol\n", to: "bad.txt")
    // A good file and a bad one in the same run: nothing of the run is saved.
    let result = try CommandRunner.run([
      "import", "--db", db, "Tests/FollowImportTests/Fixtures/edges/snap.txt", bad,
    ])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains("bad.txt: line 2: expected two columns 'follower followed', found one")
    )
    #expect(result.stderr.split(separator: "\n").count == 1)
    let after = try CommandRunner.run(["summary", "--db", db, "--format", "json"])
    #expect(after.stdout == before.stdout)
  }

  @Test func aFailedFirstImportLeavesNoDatabaseBehind() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("new.sqlite")
    let result = try CommandRunner.run(["import", "--db", db, folder.path("missing.zip")])
    #expect(result.status != 0)
    #expect(result.stderr.contains("missing.zip: no such file or folder"))
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func readCommandsDoNotCreateADatabase() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("none.sqlite")
    for command in ["reciprocity", "accounts", "summary"] {
      let result = try CommandRunner.run([command, "--db", db])
      #expect(result.status != 0)
      #expect(result.stderr.contains("does not exist"))
    }
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func invalidOptionsAreRejectedBeforeAnyWork() throws {
    let result = try CommandRunner.run(["import", "--format", "myspace", "x.zip"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("unknown format 'myspace'"))
  }
}
