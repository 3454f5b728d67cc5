import FollowReports
import Foundation
import Testing

/// Optional sections (web famous, topics, changes) render from their values when present and
/// leave a note saying how to get them when absent.
struct HTMLSectionsTests {
  @Test func absentSectionsLeaveANote() throws {
    let outline = XMLOutline(HTMLReport.render(try ReportFixture().input))
    let text = outline.text
    #expect(
      text.contains(
        "Triage into web famous, inactive, ordinary and unknown audience: not available"))
    #expect(text.contains("Web famous accounts and their thresholds: not available"))
    #expect(text.contains("Changes since the last snapshot"))
    #expect(text.contains("Not available: import two exports of this account"))
    #expect(text.contains("Not available: run the report with themes"))
    #expect(!text.contains("follow-back rate without web famous"))
  }

  @Test func famousSectionAddsRatesTriageAndThresholds() throws {
    let outline = XMLOutline(try ReportFixture().htmlWithAllSections)
    let text = outline.text
    #expect(text.contains("follow-back rate without web famous"))
    #expect(text.contains("100.00 %"))
    #expect(
      text.contains(
        "Not following back, triaged (1: 0 ordinary, 0 inactive, 0 unknown audience, 1 web famous)")
    )
    #expect(text.contains("Followers vs following, web famous highlighted"))
    #expect(text.contains("99.0th percentile: 100k"))
    #expect(text.contains("followers = 10.0 × following"))
    #expect(text.contains("@tom&jerry: following (count, log scale) 12"))
  }

  @Test func topicSectionShowsSharesDriftAndOffThemePosts() throws {
    let outline = XMLOutline(try ReportFixture().htmlWithAllSections)
    let text = outline.text
    #expect(
      text.contains("How topics were found: themes given: marketing = marketing, brand, #seo"))
    #expect(text.contains("On-theme share of posts per account"))
    #expect(text.contains("Monthly on-theme share"))
    #expect(text.contains("Line chart from 2023-01 to 2023-04"))
    #expect(text.contains("Off-theme posts (1)"))
    // The month without posts (2023-02) breaks the drift line in two.
    let drift = try #require(
      outline.all("svg").first { $0.text.hasPrefix("Monthly on-theme share") })
    #expect(drift.children.contains("g"))
  }

  @Test func changesSectionShowsPeriodsAndLists() throws {
    let text = XMLOutline(try ReportFixture().htmlWithAllSections).text
    #expect(text.contains("Changes between snapshots"))
    #expect(
      text.contains("2022-05-01 → 2023-05-01: 1 new followers, 1 lost, 1 newly followed, 0 dropped")
    )
    #expect(text.contains("Lost followers, 2022-05-01 → 2023-05-01 (1)"))
    #expect(!text.contains("Not available: import two exports of this account"))
  }

  @Test func reciprocityIsShownBesideTheLabelledExternalFigure() throws {
    let text = XMLOutline(HTMLReport.render(try ReportFixture().input)).text
    #expect(text.contains("Twitter 2010, Kwak et al. (external)"))
    #expect(text.contains("External reference, not computed from your data"))
    #expect(text.contains("22.1 %"))
  }

  @Test func tablesStopAtTheLimitAndSayWhereTheRestIs() throws {
    let html = HTMLReport.render(
      try ReportFixture().input, options: HTMLReportOptions(tableLimit: 0))
    #expect(
      html.contains(
        "Showing the first 0 of 1 rows (--limit 0 shows all). The full list is in fans.csv."))
  }

  @Test func postingActivityIsChartedByMonth() throws {
    let text = XMLOutline(HTMLReport.render(try ReportFixture().input)).text
    #expect(text.contains("Posts per month"))
    #expect(text.contains("Line chart of 2 posts over 2 months from 2023-03 to 2023-04"))
  }
}
