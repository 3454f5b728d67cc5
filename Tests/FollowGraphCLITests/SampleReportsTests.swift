import FollowTestSupport
import Foundation
import Testing

/// The committed `Reports/` folder is what `Scripts/run-sample.sh` writes from `SampleData/`.
///
/// This runs the same import and report steps into a temporary folder and compares every file;
/// when it fails, run `Scripts/run-sample.sh` and commit `Reports/`.
struct SampleReportsTests {
  @Test func reportsAreUpToDate() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("sample.sqlite")
    let steps: [[String]] = [
      ["import", "--db", db, "--observed-at", "2024-07-01", "SampleData/twitter-archive"],
      [
        "import", "--db", db, "--observed-at", "2024-07-01", "--network", "x",
        "SampleData/audience/accounts.csv",
      ],
      [
        "import", "--db", db, "--observed-at", "2024-07-01", "--network", "circle",
        "SampleData/edges/marketing-circle.txt",
      ],
      [
        "import", "--db", db, "--observed-at", "2024-01-15", "--format", "instagram",
        "SampleData/instagram/instagram-mayalin.mktg-2024-01-15",
      ],
      [
        "import", "--db", db, "--observed-at", "2024-07-01", "--format", "instagram",
        "SampleData/instagram/instagram-mayalin.mktg-2024-07-01",
      ],
      [
        "report", "--db", db, "--out", folder.path("Reports"), "--as-of", "2024-07-01",
        "--themes", "SampleData/themes.yaml",
      ],
    ]
    for step in steps {
      let result = try CommandRunner.run(step)
      try #require(
        result.status == 0, "followgraph \(step.joined(separator: " ")): \(result.stderr)")
    }
    let committed = ReferenceData.projectRoot.appendingPathComponent("Reports")
    let generated = URL(fileURLWithPath: folder.path("Reports"))
    let names = try FileManager.default.contentsOfDirectory(atPath: generated.path).sorted()
    #expect(!names.isEmpty)
    let committedNames = try FileManager.default.contentsOfDirectory(atPath: committed.path)
      .filter { !$0.hasPrefix(".") }.sorted()
    #expect(committedNames == names, "Reports/ has other files than a fresh run writes")
    for name in names {
      let fresh = try String(contentsOf: generated.appendingPathComponent(name), encoding: .utf8)
      let stored = try? String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
      #expect(stored == fresh, "Reports/\(name) is stale: run Scripts/run-sample.sh and commit it")
    }
  }
}
