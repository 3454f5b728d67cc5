import FollowTestSupport
import Foundation
import Testing

/// A database built by the real binary from the archive fixtures and an accounts CSV.
struct CLIFixture {
  let folder: TemporaryFolder
  let db: String

  /// The fixture folder of the import tests.
  static func fixture(_ name: String) -> String {
    ReferenceData.projectRoot.appendingPathComponent("Tests/FollowImportTests/Fixtures/\(name)")
      .path
  }

  /// Imports the 2021 and 2023 archives of owner 1000, then audience counts for 2001, 2005
  /// and 2006 (2005 has 9,000,000 followers and follows 3).
  init() throws {
    folder = try TemporaryFolder()
    db = folder.path("graph.sqlite")
    try run(["import", "--db", db, Self.fixture("archive-2021"), Self.fixture("archive-2023")])
    let csv = try folder.write(
      "id,username,followers_count,following_count\n2001,friend,150,200\n"
        + "2005,star,9000000,3\n2006,newfriend,80,120\n", to: "audience.csv")
    try run(["import", "--db", db, "--network", "x", "--observed-at", "2023-07-01", csv])
  }

  /// Runs the binary and requires success.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 0, "followgraph \(arguments.joined(separator: " ")): \(result.stderr)")
    return result.stdout
  }

  /// Runs the binary and parses its JSON output as an object.
  func json(_ arguments: [String]) throws -> [String: Any] {
    let output = try run(arguments)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
  }
}
