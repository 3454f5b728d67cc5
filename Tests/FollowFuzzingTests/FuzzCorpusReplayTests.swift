import FollowFuzzing
import FollowTestSupport
import Foundation
import Testing

/// Every committed fuzz input (the seeds in `Fuzz/corpus/<target>/` and the inputs that once
/// crashed a target, in `Fuzz/regressions/<target>/`) replays through its target without
/// breaking a property, in the plain build that `swift test` uses.
struct FuzzCorpusReplayTests {
  static let names = FuzzTargets.all.map(\.name)

  @Test(arguments: names)
  func seedsAndRegressionsReplayCleanly(_ name: String) throws {
    let target = try #require(FuzzTargets.named(name))
    let root = ReferenceData.projectRoot.appendingPathComponent("Fuzz")
    let seeds = FuzzInputs.files(in: [root.appendingPathComponent("corpus/\(name)").path])
    let regressions = FuzzInputs.files(in: [
      root.appendingPathComponent("regressions/\(name)").path
    ])
    #expect(!seeds.isEmpty, "no seeds for \(name)")
    for file in seeds + regressions {
      let data = try Data(contentsOf: URL(fileURLWithPath: file))
      #expect(throws: Never.self, "\(file)") { try target.body(data) }
    }
  }

  @Test func everyTargetHasAnExecutableAndASeedFolder() throws {
    let root = ReferenceData.projectRoot.appendingPathComponent("Fuzz")
    for name in Self.names {
      #expect(
        FileManager.default.fileExists(
          atPath: root.appendingPathComponent("Targets/\(name)/FuzzMain+Entry.swift").path),
        "\(name) has no executable")
    }
    let folders = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("corpus").path)
    #expect(Set(folders.filter { $0.hasPrefix("fuzz-") }) == Set(Self.names))
  }
}
