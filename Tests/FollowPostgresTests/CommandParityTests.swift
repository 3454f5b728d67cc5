import FollowPostgres
import FollowTestSupport
import Foundation
import Testing

/// The built `followgraph` gives the same output on `--db postgresql://…` as on a SQLite file:
/// the sample's imports, every analysis command, and the whole report folder.
@Suite(.enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason))
struct CommandParityTests {
  static let imports: [[String]] = [
    ["--observed-at", "2024-07-01", "SampleData/twitter-archive"],
    ["--observed-at", "2024-07-01", "--network", "x", "SampleData/audience/accounts.csv"],
    [
      "--observed-at", "2024-07-01", "--network", "circle", "SampleData/edges/marketing-circle.txt",
    ],
  ]

  static let commands: [[String]] = [
    ["summary"], ["summary", "--format", "json"], ["reciprocity"],
    ["reciprocity", "--format", "json"], ["reciprocity", "--network", "circle", "--format", "csv"],
    ["accounts", "--format", "csv"], ["famous", "--all"], ["famous", "--format", "json"],
    ["changes"], ["topics", "--themes", "SampleData/themes.yaml"], ["likely", "--limit", "20"],
    ["keep", "list"], ["export", "--format", "gexf", "--out", "-"],
    ["reciprocity", "--account", "@nobody-here"],
  ]

  @Test("Imports, every command and the report are the same on both stores")
  func sameOutput() throws {
    let folder = try TemporaryFolder()
    let sqlite = folder.path("sample.sqlite")
    let postgres = try PostgresTestServer.freshDatabase()
    // The URL as a user types it (the test server trusts local connections).
    let url = "postgresql://\(postgres.user)@\(postgres.host):\(postgres.port)/\(postgres.database)"
    for step in Self.imports {
      for db in [sqlite, url] {
        let result = try CommandRunner.run(["import", "--db", db] + step)
        try #require(result.status == 0, "import \(step) into \(db): \(result.stderr)")
      }
    }
    for command in Self.commands {
      let a = try CommandRunner.run(command + ["--db", sqlite])
      let b = try CommandRunner.run(command + ["--db", url])
      #expect(a.status == b.status, "\(command)")
      // Imports end at the wall clock's time, which differs between the two runs.
      #expect(Self.withoutFinishTimes(a.stdout) == Self.withoutFinishTimes(b.stdout), "\(command)")
      #expect(a.stderr == b.stderr, "\(command)")
    }
    var reports: [[String: String]] = []
    for (name, db) in [("sqlite", sqlite), ("postgres", url)] {
      let out = folder.path("reports-\(name)")
      let result = try CommandRunner.run([
        "report", "--db", db, "--out", out, "--as-of", "2024-07-01", "--themes",
        "SampleData/themes.yaml",
      ])
      try #require(result.status == 0, "report on \(name): \(result.stderr)")
      var files: [String: String] = [:]
      for file in try FileManager.default.contentsOfDirectory(atPath: out) {
        files[file] = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
      }
      reports.append(files)
    }
    #expect(reports[0].keys.sorted() == reports[1].keys.sorted())
    for (file, text) in reports[0] {
      #expect(reports[1][file] == text, "Reports file \(file) differs")
    }
  }

  static func withoutFinishTimes(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("\"finished_at\"") }.joined(separator: "\n")
  }

  @Test("A PostgreSQL server that is not there: exit 1 and a message naming it")
  func serverMissing() throws {
    let result = try CommandRunner.run([
      "summary", "--db", "postgresql://someone:hidden@127.0.0.1:1/nothing",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot connect to postgresql://someone@127.0.0.1:1/nothing"))
    #expect(!result.stderr.contains("hidden"))
  }
}

/// The shared reference graphs give the same command output on both stores.
@Suite(
  .enabled(if: PostgresTestServer.isEnabled, PostgresTestServer.skipReason),
  .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct ReferenceGraphParityTests {
  @Test("reciprocity, accounts and famous on every shared graph: the same on both stores")
  func sameOutput() throws {
    for graph in ReferenceData.graphNames {
      let folder = try TemporaryFolder()
      let sqlite = folder.path("graph.sqlite")
      let postgres = try PostgresTestServer.freshDatabase()
      let url =
        "postgresql://\(postgres.user)@\(postgres.host):\(postgres.port)/\(postgres.database)"
      let edges = ReferenceData.edgeFile(of: graph).path
      for db in [sqlite, url] {
        let result = try CommandRunner.run([
          "import", "--db", db, "--observed-at", "2024-01-01", "--format", "edge-list", edges,
        ])
        try #require(result.status == 0, "\(graph) into \(db): \(result.stderr)")
      }
      for command in [
        ["reciprocity", "--format", "json"], ["accounts", "--format", "csv"],
        ["famous", "--all", "--format", "csv"],
      ] {
        let a = try CommandRunner.run(command + ["--db", sqlite])
        let b = try CommandRunner.run(command + ["--db", url])
        #expect(a.status == 0, "\(graph) \(command): \(a.stderr)")
        #expect(a.stdout == b.stdout, "\(graph) \(command)")
      }
    }
  }
}
