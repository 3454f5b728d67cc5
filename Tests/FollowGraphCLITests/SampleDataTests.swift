import FollowTestSupport
import Foundation
import Testing

/// `SampleData/` is what `generate-sample-data` writes, byte for byte, and its Instagram
/// exports import as the fictional account they describe.
struct SampleDataTests {
  static let root = ReferenceData.projectRoot.appendingPathComponent("SampleData")

  /// Every file under `folder`, as paths relative to it, sorted.
  static func files(under folder: URL) throws -> [String] {
    let base = folder.standardizedFileURL.path + "/"
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var out: [String] = []
    while let path = walker.nextObject() as? String {
      var isFolder: ObjCBool = false
      let full = folder.appendingPathComponent(path).standardizedFileURL.path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
        out.append(String(full.dropFirst(base.count)))
      }
    }
    return out.sorted()
  }

  @Test func theGeneratorWritesSampleDataByteForByte() throws {
    let folder = try TemporaryFolder()
    let generator = CommandRunner.binary.deletingLastPathComponent()
      .appendingPathComponent("generate-sample-data")
    let result = try CommandRunner.run(via: generator, [folder.path("SampleData")])
    try #require(result.status == 0, "generate-sample-data: \(result.stderr)")
    let generated = folder.url.appendingPathComponent("SampleData")
    let written = try Self.files(under: generated)
    // The README and the themes file are written by hand; everything else is generated.
    let committed = try Self.files(under: Self.root).filter {
      $0 != "README.md" && $0 != "themes.yaml"
    }
    #expect(written == committed)
    #expect(written.contains { $0.hasPrefix("instagram/") })
    for name in written {
      let fresh = try Data(contentsOf: generated.appendingPathComponent(name))
      let stored = try? Data(contentsOf: Self.root.appendingPathComponent(name))
      #expect(stored == fresh, "SampleData/\(name) differs from what the generator writes")
    }
  }

  @Test func theInstagramExportsImportAsMayasAccountWithItsChanges() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("ig.sqlite")
    for (day, name) in [
      ("2024-01-15", "instagram-mayalin.mktg-2024-01-15"),
      ("2024-07-01", "instagram-mayalin.mktg-2024-07-01"),
    ] {
      let path = Self.root.appendingPathComponent("instagram/\(name)").path
      // No --owner: personal_information names the owner.
      let result = try CommandRunner.run([
        "import", "--db", db, "--observed-at", day, "--format", "instagram", path,
      ])
      try #require(result.status == 0, "\(name): \(result.stderr)")
      #expect(result.stdout.contains("owner @mayalin.mktg (instagram:mayalin.mktg)"))
      #expect(result.stdout.contains("warnings        0"))
    }
    let summary = try CommandRunner.run(["summary", "--db", db, "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
    let owners = try #require(object["owners"] as? [[String: Any]])
    #expect(owners.count == 1)
    #expect(owners.first?["following"] as? Int == 222)
    #expect(owners.first?["followers"] as? Int == 243)
    let changes = try CommandRunner.run(["changes", "--db", db, "--format", "json"])
    let periods = try #require(
      (try JSONSerialization.jsonObject(with: Data(changes.stdout.utf8)) as? [String: Any])?[
        "periods"] as? [[String: Any]])
    #expect(periods.count == 1)
    #expect((periods.first?["gained_followers"] as? [Any])?.count == 26)
    #expect((periods.first?["lost_followers"] as? [Any])?.count == 10)
    #expect((periods.first?["new_following"] as? [Any])?.count == 9)
    #expect((periods.first?["dropped_following"] as? [Any])?.count == 4)
  }
}
