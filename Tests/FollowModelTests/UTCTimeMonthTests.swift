import FollowModel
import Foundation
import Testing

/// The month keys the HTML report groups posts by: UTC calendar months, never local time.
struct UTCTimeMonthTests {
  @Test func monthIsTheUTCCalendarMonth() throws {
    // Given instants either side of a month boundary in UTC
    let lastSecondOfJanuary = try #require(UTCTime.parse("2023-01-31T23:59:59Z"))
    let firstSecondOfFebruary = try #require(UTCTime.parse("2023-02-01T00:00:00Z"))
    // When they are turned into month keys
    // Then each falls in its own UTC month
    #expect(UTCTime.month(lastSecondOfJanuary) == "2023-01")
    #expect(UTCTime.month(firstSecondOfFebruary) == "2023-02")
  }

  @Test func anOffsetMovesTheInstantAcrossTheBoundary() throws {
    // 2023-02-01 00:30 at +01:00 is still 31 January in UTC.
    let date = try #require(UTCTime.parse("2023-02-01T00:30:00+01:00"))
    #expect(UTCTime.month(date) == "2023-01")
  }

  @Test func monthKeysSortInTimeOrder() throws {
    let dates = try ["2024-12-05", "2009-03-01", "2024-01-31"].map {
      try #require(UTCTime.parse($0))
    }
    let keys = dates.map(UTCTime.month)
    #expect(keys.sorted() == ["2009-03", "2024-01", "2024-12"])
  }
}
