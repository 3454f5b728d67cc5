import FollowReports
import FollowTestSupport
import Testing

/// The whole page for the small fixture, as of a fixed date; re-record with RECORD_SNAPSHOTS=1.
struct HTMLSnapshotTests {
  @Test func reportFromFoundationData() throws {
    assertSnapshot(HTMLReport.render(try ReportFixture().input), named: "report-foundation.html")
  }

  @Test func reportWithEveryOptionalSection() throws {
    assertSnapshot(
      try ReportFixture().htmlWithAllSections, named: "report-all-sections.html"
    )
  }

  @Test func renderingTwiceGivesTheSameBytes() throws {
    let fixture = try ReportFixture()
    #expect(
      fixture.htmlWithAllSections
        == fixture.htmlWithAllSections)
  }
}
