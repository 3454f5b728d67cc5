import FollowAnalysis
import FollowModel
import FollowReports
import Foundation
import Testing

/// The HTML report's "Likely to follow back" part: a ranked table when the model can tell the
/// accounts apart, a plain note when it cannot (an ego export).
struct LikelySectionTests {
  private func html(_ forecasts: [OwnerForecast]) throws -> String {
    let fixture = try ReportFixture()
    var input = fixture.input
    input.forecasts = forecasts
    return HTMLReport.render(input)
  }

  private func candidate(_ id: String, _ probability: Double, _ reason: String)
    -> FollowBackCandidate
  {
    FollowBackCandidate(account: 0, id: id, probability: probability, reasons: [reason])
  }

  @Test func rankedCandidatesAreListedWithTheirReasons() throws {
    let owner = AccountID(network: .x, value: "1000")
    let page = try html([
      OwnerForecast(
        owner: owner,
        candidates: [
          candidate("2001", 0.83, "follows back 83 % of its followers"),
          candidate("2002", 0.12, "12 people you follow follow it"),
        ])
    ])
    let outline = XMLOutline(page)
    #expect(outline.problem == nil)
    #expect(page.contains("Likely to follow back"))
    #expect(page.contains("83.00 %") || page.contains("83.0 %") || page.contains("83 %"))
    #expect(page.contains("follows back 83 % of its followers"))
    #expect(page.contains("12 people you follow follow it"))
  }

  @Test func equalProbabilitiesAreSaidPlainlyNotRanked() throws {
    let owner = AccountID(network: .x, value: "1000")
    let page = try html([
      OwnerForecast(
        owner: owner,
        candidates: [candidate("2001", 0.0374, "none"), candidate("2002", 0.0374, "none")])
    ])
    #expect(page.contains("The data cannot tell apart the accounts followed"))
    #expect(!page.contains("the probability each still follows back"))
  }

  @Test func withoutAForecastThePartIsLeftOut() throws {
    #expect(!(try html([])).contains("Likely to follow back"))
  }
}
