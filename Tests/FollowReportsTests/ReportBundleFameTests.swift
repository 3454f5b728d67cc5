import FollowAnalysis
import FollowModel
import FollowReports
import FollowTestSupport
import FollowUseCases
import Foundation
import Testing

struct ReportBundleFameTests {
  static func input(changes: [OwnerChanges]?) -> ReportInput {
    let report = FameFixture.report()
    var input = ReportInput(
      asOf: FameFixture.day("2024-02-01"),
      summary: DatabaseSummary(networks: [], owners: [], imports: []),
      networks: [report], changes: changes)
    input.headlines = report.owners.map { owner in
      ReportAssembly.headline(
        owner, changes: changes?.first { $0.owner.id == owner.owner.id }, topics: nil, lists: [])
    }
    return input
  }

  @Test("The report gains web_famous.csv, changes.csv and triage columns")
  func files() throws {
    let files = ReportBundle.render(Self.input(changes: [FameFixture.changes()]))
    let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    assertSnapshot(try #require(byName["summary.txt"]), named: "report-summary.txt")
    assertSnapshot(try #require(byName["web_famous.csv"]), named: "report-web_famous.csv")
    assertSnapshot(
      try #require(byName["not_following_back.csv"]), named: "report-not_following_back.csv")
    assertSnapshot(try #require(byName["changes.csv"]), named: "report-changes.csv")
    let header = try #require(byName["not_following_back.csv"]?.split(separator: "\n").first)
    #expect(header.hasPrefix("owner,account,handle,display_name,network,triage,"))
  }

  @Test("Without changes or fame the report has only the foundation's files")
  func optionalSections() {
    var input = Self.input(changes: nil)
    input.networks[0].fame = nil
    let names = ReportBundle.render(input).map(\.name)
    #expect(!names.contains("changes.csv"))
    #expect(!names.contains("web_famous.csv"))
  }
}
