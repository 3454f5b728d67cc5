import FollowModel
import Foundation
import Testing

@testable import FollowImport

/// Dates of Meta's HTML pages, in the account's language, without a time zone (read as UTC).
struct MetaDateTests {
  @Test(arguments: [
    ("Mar 23, 2025 6:45 am", "2025-03-23T06:45:00Z"),
    ("Feb 27, 2025 12:10 am", "2025-02-27T00:10:00Z"),
    ("Feb 27, 2025 12:10 pm", "2025-02-27T12:10:00Z"),
    ("Nov 02, 2025 1:55 pm", "2025-11-02T13:55:00Z"),
    ("23. März 2025, 18:45", "2025-03-23T18:45:00Z"),
    ("2 de marzo de 2025 6:45 p. m.", "2025-03-02T18:45:00Z"),
    ("12 déc. 2024 09:05", "2024-12-12T09:05:00Z"),
    ("5 giu 2024, 07:00", "2024-06-05T07:00:00Z"),
    ("02.11.2025 13:55", "2025-11-02T13:55:00Z"),
    ("2025-03-23 06:45", "2025-03-23T06:45:00Z"),
    ("30 May 2024", "2024-05-30T00:00:00Z"),
  ])
  func readsTheDate(text: String, expected: String) {
    #expect(MetaDate.parse(text) == UTCTime.parse(expected))
  }

  @Test(arguments: ["gestern", "", "Feb 30, 2025 1:00 am", "25:99", "Feb 29, 2025 9:00 am"])
  func anythingElseIsNoDate(text: String) {
    #expect(MetaDate.parse(text) == nil)
  }
}
