import FollowModel
import Foundation
import Testing

struct UTCTimeTests {
  @Test func parsesDaysAndTimestamps() {
    #expect(UTCTime.parse("1970-01-02") == Date(timeIntervalSince1970: 86_400))
    #expect(UTCTime.parse("2024-01-01T00:00:00Z") == Date(timeIntervalSince1970: 1_704_067_200))
    #expect(UTCTime.parse("2024-01-01T00:00:00.123Z") == Date(timeIntervalSince1970: 1_704_067_200))
    #expect(
      UTCTime.parse("2024-01-01T02:00:00+02:00") == Date(timeIntervalSince1970: 1_704_067_200))
    #expect(UTCTime.parse("2023-12-31T19:00:00-0500") == Date(timeIntervalSince1970: 1_704_067_200))
  }

  @Test(arguments: [
    "", "2024-13-01", "2024-02-30", "2024-01-01T25:00:00Z", "yesterday", "2024-01-01Tx",
  ])
  func rejectsMalformedText(_ text: String) {
    #expect(UTCTime.parse(text) == nil)
  }

  @Test func formatsInUTC() {
    let date = Date(timeIntervalSince1970: 1_704_067_199)
    #expect(UTCTime.timestamp(date) == "2023-12-31T23:59:59Z")
    #expect(UTCTime.day(date) == "2023-12-31")
    #expect(UTCTime.month(date) == "2023-12")
  }
}
